package main

import (
	"fmt"
	"sort"
)

type Alumno struct {
	Nombre   string
	Apellido string
	Nota     int
	Legajo   int
	Materias [6]int
	Promedio float64
}

func main() {
	alumnos := []Alumno{
		{Nombre: "Ana", Apellido: "Paz", Nota: 8, Legajo: 105},
		{Nombre: "Bruno", Apellido: "Sosa", Nota: 6, Legajo: 101},
		{Nombre: "Carla", Apellido: "Diaz", Nota: 8, Legajo: 110},
		{Nombre: "Dario", Apellido: "Paz", Nota: 9, Legajo: 102},
		{Nombre: "Elena", Apellido: "Ruiz", Nota: 6, Legajo: 108},
		{Nombre: "Fede", Apellido: "Gil", Nota: 8, Legajo: 103},
		{Nombre: "Gabi", Apellido: "Sosa", Nota: 7, Legajo: 107},
		{Nombre: "Hugo", Apellido: "Diaz", Nota: 6, Legajo: 104},
		{Nombre: "Ines", Apellido: "Gil", Nota: 9, Legajo: 109},
		{Nombre: "Juan", Apellido: "Ruiz", Nota: 7, Legajo: 106},
		{Nombre: "Karen", Apellido: "Paz", Nota: 8, Legajo: 111},
		{Nombre: "Lucas", Apellido: "Sosa", Nota: 6, Legajo: 112},
		{Nombre: "Mora", Apellido: "Gil", Nota: 7, Legajo: 113},
	}
	// Con empates: el orden de los iguales es el de pdqsort, no el original.
	sort.Slice(alumnos, func(i, j int) bool { return alumnos[i].Nota > alumnos[j].Nota })
	for _, a := range alumnos {
		fmt.Print(a.Nombre, ":", a.Nota, " ")
	}
	fmt.Println()
	// Estable: los iguales quedan como estaban.
	sort.SliceStable(alumnos, func(i, j int) bool { return alumnos[i].Apellido < alumnos[j].Apellido })
	for _, a := range alumnos {
		fmt.Print(a.Apellido, "/", a.Nombre, " ")
	}
	fmt.Println()
	fmt.Println(sort.SliceIsSorted(alumnos, func(i, j int) bool { return alumnos[i].Apellido < alumnos[j].Apellido }))

	punteros := []*Alumno{&alumnos[0], &alumnos[5], &alumnos[2], &alumnos[9]}
	sort.Slice(punteros, func(i, j int) bool { return punteros[i].Legajo < punteros[j].Legajo })
	for _, p := range punteros {
		fmt.Print(p.Legajo, " ")
	}
	fmt.Println()

	pares := [][2]int32{{3, 1}, {1, 9}, {3, 0}, {2, 2}, {1, 1}}
	sort.SliceStable(pares, func(i, j int) bool { return pares[i][0] < pares[j][0] })
	fmt.Println(pares)

	letras := []byte("memoria")
	sort.Slice(letras, func(i, j int) bool { return letras[i] < letras[j] })
	fmt.Println(string(letras))

	uno := []string{"solo"}
	sort.Slice(uno, func(i, j int) bool { return uno[i] < uno[j] })
	var vacio []int
	sort.SliceStable(vacio, func(i, j int) bool { return vacio[i] < vacio[j] })
	fmt.Println(uno, vacio, len(vacio))

	defer func() {
		r := recover()
		fmt.Println("recuperado:", r)
		fmt.Printf("%T\n", r)
	}()
	mapa := map[string]int{"a": 1}
	sort.Slice(mapa, func(i, j int) bool { return false })
}

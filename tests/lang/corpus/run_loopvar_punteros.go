package main

import "fmt"

type Alumno struct {
	nombre string
	nota   int
}

func main() {
	var posiciones []*int
	for i := 0; i < 3; i++ {
		posiciones = append(posiciones, &i)
	}
	fmt.Println(*posiciones[0], *posiciones[1], *posiciones[2])

	var saludos []func() string
	for i, n := 0, 1; i < 4; i, n = i+1, n*2 {
		saludos = append(saludos, func() string { return fmt.Sprint(i, ":", n) })
		if i == 1 {
			i++
		}
	}
	for _, s := range saludos {
		fmt.Print(s(), " ")
	}
	fmt.Println()

	alumnos := []Alumno{{"Ana", 7}, {"Luis", 4}, {"Eva", 9}}
	var aprobados []*Alumno
	for k := 0; k < len(alumnos); k++ {
		a := alumnos[k]
		if a.nota < 5 {
			continue
		}
		aprobados = append(aprobados, &a)
	}
	for _, a := range aprobados {
		fmt.Println(a.nombre, a.nota)
	}

	var contadores []*int
	for j := 10; j > 0; j -= 4 {
		if j == 6 {
			continue
		}
		contadores = append(contadores, &j)
	}
	for _, c := range contadores {
		fmt.Print(*c, " ")
	}
	fmt.Println()
}

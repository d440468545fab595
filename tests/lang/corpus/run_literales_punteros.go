package main

import "fmt"

type Alumno struct {
	Nombre string
	Nota   int
}

type Curso struct {
	Codigo  string
	Alumnos []*Alumno
}

func promedio(as []*Alumno) int {
	total := 0
	for _, a := range as {
		total += a.Nota
	}
	return total / len(as)
}

func main() {
	alumnos := []*Alumno{{"Ana", 9}, {"Beto", 6}, {Nombre: "Carla", Nota: 8}}
	porLegajo := map[int]*Alumno{101: {"Dario", 7}, 102: {Nombre: "Eva"}}
	porLegajo[102].Nota = 10
	cursos := []Curso{{"GM-01", []*Alumno{{"Fede", 5}}}, {Codigo: "GM-02"}}
	pares := [2]*Alumno{{"Gabi", 4}, {}}
	matriz := [][]*Alumno{{{"Hugo", 3}}, {}}
	fmt.Println(len(alumnos), alumnos[2].Nombre, promedio(alumnos))
	fmt.Println(porLegajo[101].Nombre, *porLegajo[102])
	fmt.Println(cursos[0].Alumnos[0].Nombre, len(cursos[1].Alumnos))
	fmt.Println(*pares[0], pares[1].Nombre == "", matriz[0][0].Nota)
	for _, a := range alumnos {
		a.Nota++
	}
	fmt.Println(*alumnos[0], *alumnos[1])
}

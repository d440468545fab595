package main

import "fmt"

type Materia struct {
	Nombre string
	Nota   float64
}

type Alumno struct {
	Legajo   int
	Nombre   string
	Materias []Materia
}

func (a Alumno) Promedio() float64 {
	if len(a.Materias) == 0 {
		return 0
	}
	s := 0.0
	for _, m := range a.Materias {
		s += m.Nota
	}
	return s / float64(len(a.Materias))
}

func main() {
	alumnos := []Alumno{
		{1001, "Lucia", []Materia{{"Algebra", 9}, {"Fisica", 7.5}}},
		{1002, "Tomas", []Materia{{"Algebra", 5}}},
		{1003, "Sofia", nil},
	}
	fmt.Printf("%-6s|%-8s|%-5s|%s\n", "Legajo", "Nombre", "Prom", "Detalle")
	for _, a := range alumnos {
		fmt.Printf("%06d|%-8s|%5.2f|%v\n", a.Legajo, a.Nombre, a.Promedio(), a.Materias)
	}
	fmt.Printf("%+v\n", alumnos[0])
	fmt.Printf("%v\n", alumnos[2])
}

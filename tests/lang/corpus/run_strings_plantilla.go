package main

import (
	"fmt"
	"strings"
)

type Alumno struct {
	Nombre string
	Nota   int
}

func main() {
	plantilla := "Estimado/a {nombre}: su nota es {nota} ({estado})."
	alumnos := []Alumno{{"Ana", 9}, {"Beto", 4}}
	for _, a := range alumnos {
		estado := "aprobado"
		if a.Nota < 6 {
			estado = "desaprobado"
		}
		msg := strings.NewReplacer(
			"{nombre}", a.Nombre,
			"{nota}", fmt.Sprint(a.Nota),
			"{estado}", estado,
		).Replace(plantilla)
		fmt.Println(msg)
	}
	fmt.Println(strings.Count(plantilla, "{"), strings.Index(plantilla, "{nota}"))
	fmt.Println(strings.LastIndexByte(plantilla, '{'), strings.ContainsAny(plantilla, "{}"))
}

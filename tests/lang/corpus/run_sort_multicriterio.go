package main

import (
	"fmt"
	"sort"
)

type Alumno struct {
	Apellido string
	Nombre   string
	Promedio float64
}

func main() {
	curso := []Alumno{
		{"Gomez", "Ana", 8.5},
		{"Perez", "Luis", 7},
		{"Gomez", "Beto", 8.5},
		{"Alvarez", "Sol", 9.25},
		{"Perez", "Ana", 7},
	}
	sort.Slice(curso, func(i, j int) bool {
		a, b := curso[i], curso[j]
		if a.Promedio != b.Promedio {
			return a.Promedio > b.Promedio
		}
		if a.Apellido != b.Apellido {
			return a.Apellido < b.Apellido
		}
		return a.Nombre < b.Nombre
	})
	for i, a := range curso {
		fmt.Printf("%d. %-8s %-5s %.2f\n", i+1, a.Apellido, a.Nombre, a.Promedio)
	}
}

package main

import (
	"fmt"
	"sort"
)

type Persona struct {
	nombre string
	edad   int
}

func main() {
	personas := []Persona{
		{"Marcelo", 27}, {"Pepe", 23}, {"Juan", 34}, {"Ana", 27}, {"Luz", 19},
	}
	sort.Slice(personas, func(i, j int) bool { return personas[i].edad < personas[j].edad })
	for _, p := range personas {
		fmt.Println(p.edad, p.nombre)
	}
	sort.SliceStable(personas, func(i, j int) bool { return personas[i].nombre < personas[j].nombre })
	fmt.Println(personas)
	sort.SliceStable(personas, func(i, j int) bool { return personas[i].edad > personas[j].edad })
	fmt.Println(personas)
}

package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func main() {
	personas := []Persona{
		{"Marcelo", 27}, {"Pepe", 23}, {"Juan", 34}, {"Ana", 27}, {"Luz", 23}, {"Eva", 41},
	}
	porEdad := map[int][]string{}
	for _, p := range personas {
		porEdad[p.edad] = append(porEdad[p.edad], p.nombre)
	}
	fmt.Println(porEdad)
	decadas := map[int]int{}
	for _, p := range personas {
		decadas[p.edad/10*10]++
	}
	fmt.Println(decadas)
	fmt.Println(len(porEdad[27]), porEdad[99])
}

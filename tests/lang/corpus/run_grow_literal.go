package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func main() {
	edades := []int{23, 27, 34}
	fmt.Println(len(edades), cap(edades))
	edades = append(edades, 40)
	fmt.Println(len(edades), cap(edades))
	edades = append(edades, 41, 42, 43)
	fmt.Println(len(edades), cap(edades))

	personas := []Persona{{"Marcelo", 27}, {"Pepe", 23}}
	fmt.Println(len(personas), cap(personas))
	personas = append(personas, Persona{"Juan", 34})
	fmt.Println(len(personas), cap(personas))
	personas = append(personas, Persona{"Ana", 30}, Persona{"Luz", 19})
	fmt.Println(len(personas), cap(personas))
	fmt.Println(personas)

	vacio := []float64{}
	fmt.Println(vacio == nil, len(vacio), cap(vacio))
	vacio = append(vacio, 1.5)
	fmt.Println(len(vacio), cap(vacio))
}

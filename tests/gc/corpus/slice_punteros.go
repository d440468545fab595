package main

import "fmt"

type Persona struct {
	Nombre string
	Edad   int
	Notas  [4]float64
}

func main() {
	var gente []*Persona
	for i := 0; i < 200000; i++ {
		gente = append(gente, &Persona{Nombre: "Ana", Edad: i % 90})
	}
	suma := 0
	for _, p := range gente {
		suma += p.Edad
	}
	fmt.Println(len(gente), suma)
}

package main

import "fmt"

type Persona struct {
	Nombre string
	Edad   int
}

func main() {
	gente := map[int]*Persona{}
	for i := 0; i < 100000; i++ {
		gente[i] = &Persona{Nombre: "Luis", Edad: i % 80}
	}
	fmt.Println(len(gente), gente[500].Edad)
}

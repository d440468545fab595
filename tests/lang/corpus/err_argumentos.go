package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func NuevaPersona(nombre string, edad int) *Persona {
	return &Persona{nombre, edad}
}

func main() {
	p := NuevaPersona("Ana")
	q := NuevaPersona("Beto", 30, true)
	r := NuevaPersona(30, "Carla")
	fmt.Println(p, q, r)
}

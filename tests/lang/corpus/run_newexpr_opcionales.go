package main

import "fmt"

type Persona struct {
	Nombre   string
	Edad     *int
	Apodo    *string
}

func mostrar(p Persona) {
	fmt.Print(p.Nombre)
	if p.Edad != nil {
		fmt.Print(" edad=", *p.Edad)
	}
	if p.Apodo != nil {
		fmt.Print(" apodo=", *p.Apodo)
	}
	fmt.Println()
}

func main() {
	personas := []Persona{
		{Nombre: "Ana", Edad: new(30)},
		{Nombre: "Beto", Apodo: new("el rapido")},
		{Nombre: "Carla", Edad: new(25), Apodo: new("Caro")},
		{Nombre: "Dario"},
	}
	for _, p := range personas {
		mostrar(p)
	}
	*personas[0].Edad = 31
	mostrar(personas[0])
}

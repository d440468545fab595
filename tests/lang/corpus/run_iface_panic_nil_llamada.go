package main

import "fmt"

type Saludador interface{ Saludar() string }

type Persona struct{ nombre string }

func (p *Persona) Saludar() string { return "hola, soy " + p.nombre }

func buscar(nombre string) Saludador {
	if nombre == "Ana" {
		return &Persona{nombre}
	}
	return nil
}

func main() {
	a := buscar("Ana")
	fmt.Println(a.Saludar())
	s := buscar("Beto")
	fmt.Println(s == nil)
	fmt.Println(s.Saludar())
}

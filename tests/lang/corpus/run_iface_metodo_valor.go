package main

import "fmt"

type Saludador interface {
	Saludar() string
}

type Persona struct {
	nombre string
}

func (p Persona) Saludar() string { return "Hola, soy " + p.nombre }

func main() {
	p := Persona{"Marcelo"}
	pp := &p
	var s1 Saludador = p
	var s2 Saludador = pp
	p.nombre = "Pepe"
	fmt.Println(s1.Saludar())
	fmt.Println(s2.Saludar())

	f := p.Saludar
	g := Persona.Saludar
	h := (*Persona).Saludar
	p.nombre = "Juan"
	fmt.Println(f())
	fmt.Println(g(p))
	fmt.Println(h(pp))
	fmt.Printf("%T\n", g)
}

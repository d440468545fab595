package main

import "fmt"

type Persona struct{ nombre string }

func (p Persona) Saludar() string { return "hola, soy " + p.nombre }
func (p *Persona) Renombrar(n string) { p.nombre = n }

type Empleado struct {
	Persona
	legajo int
}

func main() {
	e := Empleado{Persona{"Ana"}, 7}
	f := e.Saludar
	g := e.Renombrar
	g("Beatriz")
	fmt.Println(f(), e.Saludar())
	fmt.Println(Empleado.Saludar(e))
	(*Empleado).Renombrar(&e, "Carla")
	fmt.Println(e.nombre)
}

package main

import "fmt"

type Animal interface {
	Sonido() string
}

type Gato struct{ nombre string }

func (g *Gato) Sonido() string { return "miau" }

func main() {
	var a Animal = &Gato{"Michi"}
	g := a.(Gato)
	fmt.Println(g.nombre)
}

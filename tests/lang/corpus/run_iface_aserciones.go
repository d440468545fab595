package main

import "fmt"

type Animal interface {
	Sonido() string
}

type Perro struct{ nombre string }
type Gato struct{ nombre string }

func (p Perro) Sonido() string  { return "guau" }
func (g *Gato) Sonido() string  { return "miau" }
func (p Perro) Buscar() string  { return p.nombre + " trae la pelota" }

func main() {
	animales := []Animal{Perro{"Firulais"}, &Gato{"Michi"}, Perro{"Toby"}}
	for _, a := range animales {
		fmt.Print(a.Sonido(), " ")
		if p, ok := a.(Perro); ok {
			fmt.Print(p.Buscar())
		}
		if g, ok := a.(*Gato); ok {
			fmt.Print("gato ", g.nombre)
		}
		_, esPunteroPerro := a.(*Perro)
		fmt.Println(" |", esPunteroPerro)
	}
	var a Animal = Perro{"Rex"}
	p := a.(Perro)
	fmt.Println(p.nombre)
	type Buscador interface{ Buscar() string }
	if b, ok := a.(Buscador); ok {
		fmt.Println(b.Buscar())
	}
	_, ok := animales[1].(Buscador)
	fmt.Println(ok)
}

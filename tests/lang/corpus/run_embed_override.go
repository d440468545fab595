package main

import "fmt"

type Animal struct {
	nombre string
}

func (a Animal) Sonido() string { return "..." }
func (a Animal) Describir() string {
	return a.nombre + " hace " + a.Sonido()
}

type Perro struct {
	Animal
	raza string
}

// Perro redefine Sonido, pero Describir sigue llamando a Animal.Sonido
func (p Perro) Sonido() string { return "guau" }

type Hablador interface{ Sonido() string }

func main() {
	p := Perro{Animal{"Toby"}, "caniche"}
	fmt.Println(p.Sonido())
	fmt.Println(p.Animal.Sonido())
	fmt.Println(p.Describir())
	var h Hablador = p
	fmt.Println(h.Sonido())
	h = p.Animal
	fmt.Println(h.Sonido())
	fmt.Printf("%v %+v\n", p, p)
}

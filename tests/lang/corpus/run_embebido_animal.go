package main

import "fmt"

type Animal struct {
	Nombre string
	patas  int
}

func (a Animal) Describir() string { return fmt.Sprintf("%s tiene %d patas", a.Nombre, a.patas) }
func (a *Animal) Crecer()          { a.patas++ }
func (a Animal) Sonido() string    { return "..." }

type Perro struct {
	Animal
	Raza string
}

// Perro redefine Sonido: el método de Animal queda oculto.
func (p Perro) Sonido() string { return "guau" }

type Pajaro struct {
	*Animal
	vuela bool
}

type Hablador interface {
	Sonido() string
	Describir() string
}

type Creciente interface{ Crecer() }

func presentar(h Hablador) {
	fmt.Println(h.Describir(), "y dice", h.Sonido())
}

func main() {
	p := Perro{Animal{"Firulais", 4}, "mestizo"}
	presentar(p)
	p.Crecer()
	fmt.Println(p.patas, p.Animal.Sonido())
	var c Creciente = &p
	c.Crecer()
	fmt.Println(p)
	fmt.Printf("%+v\n", p)

	a := &Animal{Nombre: "Piolin", patas: 2}
	b := Pajaro{a, true}
	presentar(b)
	var c2 Creciente = b
	c2.Crecer()
	fmt.Println(a.patas, b.patas, b.vuela)
	fmt.Printf("%v %+v\n", *b.Animal, b.Animal == a)

	zoo := []Hablador{p, b, Perro{Raza: "caniche"}}
	for i, h := range zoo {
		fmt.Println(i, h.Sonido())
	}
}

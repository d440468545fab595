package main

import "fmt"

type Animal interface{ Nombre() string }
type Mascota interface {
	Animal
	Duenio() string
}

type Perro struct{ n, d string }

func (p Perro) Nombre() string { return p.n }
func (p Perro) Duenio() string { return p.d }

func presentar(a Animal) {
	fmt.Print(a.Nombre())
	if m, ok := a.(Mascota); ok {
		fmt.Print(" de ", m.Duenio())
	}
	fmt.Println()
}

type Salvaje string

func (s Salvaje) Nombre() string { return string(s) }

func main() {
	var m Mascota = Perro{"Toby", "Ana"}
	var a Animal = m
	presentar(a)
	presentar(Salvaje("zorro"))
	var x any = a
	if an, ok := x.(Animal); ok {
		fmt.Println("any -> Animal:", an.Nombre())
	}
	_, ok := x.(fmt.Stringer)
	fmt.Println("es Stringer:", ok)
	fmt.Printf("%T %T %T\n", m, a, x)
}

package main

import "fmt"

type Animal interface {
	Sonido() string
}

type Perro struct{ nombre string }

func (p Perro) Sonido() string { return p.nombre + ": guau" }

// Una jaula lleva dentro cualquier animal (interfaz embebida).
type Jaula struct {
	Animal
	numero int
}

func jaula(n int) Jaula  { return Jaula{Animal: Perro{"Toby"}, numero: n} }
func adoptar() Perro     { return Perro{"Luna"} }
func elegir(i int) Animal {
	if i == 0 {
		return Perro{"Rex"}
	}
	return adoptar()
}

func main() {
	fmt.Println(jaula(1).Sonido())
	fmt.Println(Animal(adoptar()).Sonido())
	fmt.Println(Animal(jaula(2)).Sonido())
	for i := 0; i < 2; i++ {
		fmt.Println(elegir(i).Sonido())
	}
}

package main

import "fmt"

type Hablador interface {
	Hablar() string
}

type Perro struct{ nombre string }

func (p Perro) Hablar() string { return p.nombre + ": guau" }

type Altavoz struct {
	Hablador
	volumen int
}

func (a Altavoz) Gritar() string { return a.Hablar() + "!!!" }

func main() {
	a := Altavoz{Perro{"Rex"}, 10}
	fmt.Println(a.Hablar(), a.Gritar())
	var h Hablador = a
	fmt.Println(h.Hablar())
	a.Hablador = Perro{"Toby"}
	fmt.Println(a.Hablar(), a.volumen)
	var vacio Altavoz
	defer func() { fmt.Println("recuperado:", recover()) }()
	fmt.Println(vacio.Hablar())
}

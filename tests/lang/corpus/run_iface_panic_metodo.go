package main

import "fmt"

type Volador interface{ Volar() string }

type Pajaro struct{ especie string }

func (p Pajaro) Volar() string { return p.especie + " vuela" }

type Pinguino struct{ especie string }

func main() {
	animales := []any{Pajaro{"gorrión"}, Pinguino{"emperador"}}
	for _, a := range animales {
		if v, ok := a.(Volador); ok {
			fmt.Println(v.Volar())
		} else {
			fmt.Println("no vuela:", a)
		}
	}
	v := animales[1].(Volador)
	fmt.Println(v.Volar())
}

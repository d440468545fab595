package main

import "fmt"

type Animal interface{ Sonido() string }

type Perro struct{}

func (p *Perro) Sonido() string { return "guau" }

func describir(v any) string {
	switch x := v.(type) {
	case int, int8:
		return "entero"
	case string:
		return "texto"
	case int:
		return "otra vez entero"
	}
	return "?"
}

func main() {
	var a Animal = &Perro{}
	switch a.(type) {
	case Perro:
		fmt.Println("perro")
	case nil, nil:
		fmt.Println("nada")
	}
	n := 3
	switch n.(type) {
	case int:
	}
	switch y := a.(type) {
	}
	fmt.Println(describir(1))
}

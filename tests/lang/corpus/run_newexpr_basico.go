package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func main() {
	p := new(42)
	fmt.Println(*p)
	*p++
	fmt.Println(*p)
	s := new("hola")
	fmt.Println(*s, len(*s))
	f := new(3.5)
	fmt.Printf("%v %T\n", *f, f)
	per := new(Persona{"Ana", 30})
	per.edad++
	fmt.Println(*per, per.nombre)
	fmt.Printf("%+v\n", per)
	b := new(true)
	fmt.Println(*b)
	q := new(*p * 2)
	fmt.Println(*q, *p)
}

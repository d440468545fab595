package main

import "fmt"

type Direccion struct {
	Calle  string
	Numero int
}

type Persona struct {
	Nombre string
	Dir    *Direccion
	Tags   []string
	Extra  any
}

func main() {
	p := Persona{Nombre: "Ana", Tags: []string{"a", "b"}, Extra: 3}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	var i any = &p
	fmt.Printf("%v\n", i)
	fmt.Printf("%+v\n", i)
	q := &Persona{Nombre: "Beto", Extra: Direccion{"Mitre", 10}}
	fmt.Println(q)
	fmt.Printf("%+v\n", q)
	fmt.Println(*q)
	var e any = []any{1, "a", nil, Direccion{"X", 1}}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
}

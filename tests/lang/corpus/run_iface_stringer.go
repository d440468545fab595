package main

import "fmt"

type Persona struct {
	nombre, apellido string
	edad             uint
}

func (p Persona) String() string {
	return fmt.Sprintf("%s %s (%d)", p.nombre, p.apellido, p.edad)
}

type Grupo []Persona

func main() {
	p := Persona{"Juan", "Gonzalez", 34}
	fmt.Println(p)
	fmt.Printf("%v|%s|%+v\n", p, p, p)
	fmt.Printf("%d\n", p)
	fmt.Println(&p)
	g := Grupo{p, {"Ana", "Lopez", 20}}
	fmt.Println(g)
	var s fmt.Stringer = p
	fmt.Println(s.String())
	fmt.Printf("%T %q\n", s, s)
	lista := []*Persona{&g[0], &g[1]}
	fmt.Println(lista[0], *lista[1])
}

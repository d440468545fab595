package main

import "fmt"

type Punto struct {
	X, Y int
}

type Persona struct {
	nombre string
	edad   int
	dir    Punto
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p1 := Persona{"Ana", 20, Punto{1, 2}}
	p2 := Persona{"Ana", 20, Punto{1, 2}}
	p3 := p1
	p3.dir.Y = 3
	fmt.Println(p1 == p2, p1 == p3)
	var cero Persona
	fmt.Println(cero == Persona{}, cero.nombre == "")
	puntos := [2]Punto{{1, 1}, {2, 2}}
	otros := [2]Punto{{1, 1}, {2, 2}}
	fmt.Println(puntos == otros)
	q1, q2 := &Punto{1, 1}, &Punto{1, 1}
	fmt.Println(q1 == q2, *q1 == *q2)
	fmt.Println([0]int{} == [0]int{})
}

package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func main() {
	x := 1
	defer fmt.Println("valor de x al diferir:", x)
	defer func() { fmt.Println("x en el closure:", x) }()
	x = 100

	p := Persona{"Ana", 20}
	pp := &p
	defer fmt.Println("copia del struct:", p)
	defer fmt.Println("puntero al struct:", *pp)
	defer func(q *Persona) { fmt.Println("por puntero:", q.nombre, q.edad) }(pp)
	p.edad = 99
	p.nombre = "Beto"

	s := []int{1, 2, 3}
	defer fmt.Println("slice:", s)
	s[0] = 42
	s = append(s, 4)
	fmt.Println("fin", x, p, s)
}

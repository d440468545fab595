package main

import "fmt"

type Persona struct {
	Nombre string
	edad   int
}

func (p *Persona) SetEdad(e int) { p.edad = e }

func mayor(p *Persona) bool { return p.edad >= 18 }

func edad(p Persona) int { return p.Edad }

func main() {
	p := Persona{"Ana", 20}
	fmt.Println(mayor(p))
	m := map[string]Persona{"a": p}
	m["a"].SetEdad(3)
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[5], p.nombre)
	var err error = fmt.Errorf("x")
	fmt.Println(err)
}

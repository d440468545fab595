package main

import "fmt"

type Persona struct {
	Nombre string
	Edad   int
}

func crear(nombre string, edad int) (Persona, *Persona) {
	p := Persona{nombre, edad}
	return p, &p
}

func mayorYMenor(ps []Persona) (mayor, menor Persona) {
	mayor, menor = ps[0], ps[0]
	for _, p := range ps[1:] {
		if p.Edad > mayor.Edad {
			mayor = p
		}
		if p.Edad < menor.Edad {
			menor = p
		}
	}
	return
}

func main() {
	v, p := crear("Ana", 30)
	p.Edad = 31
	fmt.Println(v, *p)
	ps := []Persona{{"A", 20}, {"B", 50}, {"C", 10}}
	fmt.Println(mayorYMenor(ps))
	fmt.Print(mayorYMenor(ps))
	fmt.Println()
}

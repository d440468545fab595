package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func buscar(ps []*Persona, nombre string) *Persona {
	for _, p := range ps {
		if p.nombre == nombre {
			return p
		}
	}
	return nil
}

func main() {
	ps := []*Persona{{"Ana", 20}, {"Beto", 30}}
	fmt.Println(buscar(ps, "Beto").edad)
	p := buscar(ps, "Carla")
	fmt.Println("encontrada:", p != nil)
	p.edad++
	fmt.Println(p.edad)
}

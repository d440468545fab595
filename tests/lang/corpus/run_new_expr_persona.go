package main

import "fmt"

type Persona struct {
	Nombre string
	Edad   int
}

var global *Persona

func edadPorDefecto() int { return 18 }

func crear(nombre string) *Persona {
	return new(Persona{Nombre: nombre, Edad: edadPorDefecto()})
}

func main() {
	n := new(10)
	*n += 5
	texto := new("hola")
	global = new(Persona{"Ana", 30})
	edad := new(edadPorDefecto())
	lista := []*int{new(1), new(2)}
	for i := range 3 {
		p := new(i * 10)
		lista = append(lista, p)
	}
	fmt.Println(*n, *texto, *global, *edad, len(lista), *lista[4])
	c := crear("Beto")
	fmt.Println(c.Nombre, c.Edad)
	m := new(map[string]int{"a": 1})
	fmt.Println((*m)["a"])
}

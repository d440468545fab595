package main

import (
	"fmt"
	"runtime"
)

type Direccion struct {
	calle  string
	numero uint
}

type Persona struct {
	nombre    string
	edad      uint
	direccion *Direccion
	amigos    []*Persona
}

func (p *Persona) Cumple() {
	p.edad++
}

func (p Persona) Saludo() string {
	return "Hola, " + p.nombre
}

func nueva(nombre string, edad uint) *Persona {
	return &Persona{nombre: nombre, edad: edad}
}

func buscar(ps []Persona, nombre string) (int, error) {
	for i, p := range ps {
		if p.nombre == nombre {
			return i, nil
		}
	}
	return -1, fmt.Errorf("no existe %s", nombre)
}

const (
	Lunes = iota + 1
	Martes
	Miercoles
)

func main() {
	p1 := Persona{nombre: "Marcelo", edad: 27}
	p2 := p1
	p2.nombre = "Pepe"
	pp := &p1
	pp.Cumple()
	p3 := nueva("Juan", 34)
	p3.direccion = &Direccion{"Caseros", 742}
	p3.amigos = append(p3.amigos, pp)
	fmt.Println(p1.Saludo(), p2.edad, p3.direccion.calle)
	fmt.Printf("%p %v %+v\n", pp, *p3.direccion, p1)
	lista := []Persona{p1, p2}
	if i, err := buscar(lista, "Pepe"); err == nil {
		fmt.Println("encontrado", i)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.HeapAlloc > 0, Lunes, Martes, Miercoles)
	saludo := p1.Saludo
	fmt.Println(saludo())
	edades := map[string]uint{}
	for _, p := range lista {
		edades[p.nombre] = p.edad
	}
	for k := range edades {
		delete(edades, k)
	}
	b := []byte("abc")
	b = append(b, "def"...)
	fmt.Println(string(b), len(edades))
}

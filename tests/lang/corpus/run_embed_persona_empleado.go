package main

import "fmt"

type Direccion struct {
	calle  string
	numero int
}

type Persona struct {
	nombre string
	edad   int
	Direccion
}

type Empleado struct {
	Persona
	legajo int
	sueldo float64
}

func (p Persona) Presentarse() string {
	return fmt.Sprintf("Soy %s, tengo %d", p.nombre, p.edad)
}

func (d Direccion) Completa() string {
	return fmt.Sprintf("%s %d", d.calle, d.numero)
}

func main() {
	e := Empleado{Persona{"Ana", 30, Direccion{"Mitre", 742}}, 1001, 500000}
	fmt.Println(e.nombre, e.edad, e.calle, e.legajo)
	fmt.Println(e.Presentarse())
	fmt.Println(e.Completa())
	e.numero = 100
	e.Persona.edad++
	fmt.Println(e.Direccion.Completa(), e.Persona.Direccion.numero, e.edad)
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
}

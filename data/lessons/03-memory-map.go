package main

import "fmt"

type Direccion struct {
	calle, ciudad, provincia string
	numero                   uint
}
type Persona struct {
	nombre, apellido string
	edad             uint
	direccion        Direccion
}

var num int = 5

func main() {
	var p1 Persona
	p1.nombre = "Marcelo"
	p1.edad = 27

	p2 := Persona{nombre: "Pepe", edad: 23}
	p3 := Persona{"Juan", "Gonzalez", 34, Direccion{"Valentín Gomez", "Caseros", "Buenos Aires", 742}}
	p4 := p2

	dir := Direccion{"Av. Corrientes", "CABA", "Buenos Aires", 1050}

	p4.apellido = "Martinez"
	p4.direccion = dir

	fmt.Println(num)
	fmt.Println(p1)
	fmt.Println(p2)
	fmt.Printf("%+v\n", p3)
	fmt.Println(p4)
}

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

func main() {
	p2 := Persona{nombre: "Pepe", edad: 23}
	p4 := p2
	dir := Direccion{"Av. Corrientes", "CABA", "Buenos Aires", 1050}
	p4.apellido = Martinez
	p4.direccion = dir
	fmt.Println(p4)
}

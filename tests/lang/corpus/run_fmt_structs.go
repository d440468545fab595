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
	p3 := Persona{"Juan", "Gonzalez", 34, Direccion{"Valentin Gomez", "Caseros", "Buenos Aires", 742}}
	fmt.Println(p3)
	fmt.Printf("%v\n", p3)
	fmt.Printf("%+v\n", p3)
	fmt.Printf("%#v\n", p3)
	fmt.Printf("%T\n", p3)
	p2 := &Persona{nombre: "Pepe", edad: 23}
	fmt.Println(p2)
	fmt.Printf("%+v\n", p2)
	fmt.Printf("%#v\n", p2.direccion)
	var vacia Persona
	fmt.Printf("%v|%+v\n", vacia, vacia)
}

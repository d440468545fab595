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
	var padron []Persona
	prev := 0
	for i := 0; i < 60; i++ {
		p := Persona{nombre: "Pepe", edad: uint(20 + i%10)}
		p.direccion.numero = uint(i)
		padron = append(padron, p)
		if cap(padron) != prev {
			prev = cap(padron)
			fmt.Printf("len=%d cap=%d\n", len(padron), cap(padron))
		}
	}
	fmt.Println(padron[59].direccion.numero, padron[0].edad)
}

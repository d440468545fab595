package main

import "fmt"

contador := 0

type Persona struct {
	nombre string
}

func main() {
	a := 1
	a := 2
	p := Persona{"Ana"}
	p.nombre := "Beto"
	fmt.Println(a, contador, p)
}

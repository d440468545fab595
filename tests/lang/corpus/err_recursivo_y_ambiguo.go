package main

import "fmt"

type Nodo struct {
	valor int
	sig   Nodo
}

type A struct{ nombre string }
type B struct{ nombre string }

type C struct {
	A
	B
}

func main() {
	var c C
	fmt.Println(c.nombre)
}

package main

import "fmt"

type Conexion struct {
	nombre  string
	abierta bool
}

func (c *Conexion) Cerrar() {
	if !c.abierta {
		panic("cerrar: conexion ya cerrada: " + c.nombre)
	}
	c.abierta = false
	fmt.Println("cerrada", c.nombre)
}

func main() {
	a := &Conexion{"base de datos", true}
	b := &Conexion{"cache", false}
	defer a.Cerrar()
	defer b.Cerrar()
	var indices []int
	fmt.Println("procesando", len(indices))
	fmt.Println(indices[0])
}

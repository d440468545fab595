package main

import "fmt"

type Estado int

const (
	Pendiente Estado = iota + 1
	EnCurso
	_
	Terminado
	Cancelado = 99
	Archivado
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "x"
	y
	z = iota
)

func main() {
	fmt.Println(Pendiente, EnCurso, Terminado, Cancelado, Archivado)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	fmt.Printf("%T %T\n", Archivado, z)
}

package main

import "fmt"

type Luz int

const (
	Rojo Luz = iota
	Amarillo
	Verde
	cantidadLuces
)

func (l Luz) Siguiente() Luz { return (l + 1) % cantidadLuces }

func (l Luz) String() string {
	return [...]string{"rojo", "amarillo", "verde"}[l]
}

func main() {
	l := Rojo
	for i := 0; i < 7; i++ {
		fmt.Print(l, " ")
		l = l.Siguiente()
	}
	fmt.Println()
	fmt.Printf("%v %d %s\n", Verde, Verde, Amarillo)
	fmt.Println(cantidadLuces == 3)
}

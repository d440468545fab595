package main

import "fmt"

func (n int) Doble() int {
	return n * 2
}

type Edad int

func (e Edad) Siguiente() Edad { return e + 1 }

func (e *Edad) Siguiente() {}

func main() {
	fmt.Println(Edad(3).Siguiente())
}

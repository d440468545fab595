package main

import "fmt"

type Figura interface {
	Area() float64
	Perimetro() float64
}

type Cuadrado struct {
	lado float64
}

func (c Cuadrado) Area() float64 { return c.lado * c.lado }

func main() {
	var f Figura = Cuadrado{2}
	fmt.Println(f.Area())
}

package main

import "fmt"

type Figura interface {
	Area() float64
}

type Circulo struct{ radio float64 }

func (c Circulo) Area() float64 { return 3.14 * c.radio * c.radio }

func (c Circulo) Diametro() float64 { return 2 * c.radio }

func main() {
	var f Figura = Circulo{1}
	fmt.Println(f.Diametro())
	c := Circulo{2}
	fmt.Println(c.Perimetro(), c.lado)
}

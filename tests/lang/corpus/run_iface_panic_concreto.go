package main

import "fmt"

type Figura interface{ Area() float64 }

type Cuadrado struct{ lado float64 }

func (c Cuadrado) Area() float64 { return c.lado * c.lado }

type Circulo struct{ radio float64 }

func (c *Circulo) Area() float64 { return 3.14 * c.radio * c.radio }

func main() {
	figuras := []Figura{Cuadrado{2}, &Circulo{1}}
	for _, f := range figuras {
		fmt.Printf("%T %.2f\n", f, f.Area())
	}
	c := figuras[1].(*Circulo)
	fmt.Println("radio:", c.radio)
	q := figuras[1].(Cuadrado)
	fmt.Println("lado:", q.lado)
}

package main

import "fmt"

type Figura interface{ Area() float64 }
type Cuadrado struct{ l float64 }
type Circulo struct{ r float64 }

func (c Cuadrado) Area() float64 { return c.l * c.l }
func (c Circulo) Area() float64  { return 3.14 * c.r * c.r }

func main() {
	var f Figura = Circulo{2}
	if c, ok := f.(Cuadrado); !ok {
		fmt.Println("no es cuadrado", c)
	}
	defer func() {
		r := recover()
		fmt.Println("recuperado:", r)
		var x any = "texto"
		n := x.(int)
		fmt.Println(n)
	}()
	c := f.(Cuadrado)
	fmt.Println(c.l)
}

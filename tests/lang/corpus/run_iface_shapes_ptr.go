package main

import "fmt"

type Figura interface {
	Area() float64
	Escalar(f float64)
}

type Cuadrado struct{ lado float64 }
type Triangulo struct{ base, altura float64 }

func (c *Cuadrado) Area() float64     { return c.lado * c.lado }
func (c *Cuadrado) Escalar(f float64) { c.lado *= f }
func (t *Triangulo) Area() float64    { return t.base * t.altura / 2 }
func (t *Triangulo) Escalar(f float64) {
	t.base *= f
	t.altura *= f
}

func main() {
	figs := []Figura{&Cuadrado{2}, &Triangulo{3, 4}}
	for _, f := range figs {
		fmt.Print(f.Area(), " ")
		f.Escalar(2)
		fmt.Println(f.Area())
	}
	c := figs[0].(*Cuadrado)
	fmt.Println(c.lado, *c)
	fmt.Println(figs[1].(*Triangulo).base)
	fmt.Printf("%v\n", *figs[1].(*Triangulo))
	fmt.Printf("%+v\n", *c)
}

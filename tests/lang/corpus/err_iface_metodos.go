package main

import "fmt"

type Figura interface {
	Area() float64
	Nombre() string
}

type Cuadrado struct{ lado float64 }

func (c Cuadrado) Area() float64 { return c.lado * c.lado }

type Circulo struct{ radio float64 }

func (c *Circulo) Area() float64  { return 3 * c.radio * c.radio }
func (c *Circulo) Nombre() string { return "círculo" }

type Triangulo struct{ base, altura float64 }

func (t Triangulo) Area() int       { return int(t.base * t.altura / 2) }
func (t Triangulo) Nombre() string  { return "triángulo" }

type Medible interface {
	fmt.Stringer
	Medir() float64
	Medir() int
}

func main() {
	var f Figura = Cuadrado{2}
	var g Figura = Circulo{1}
	var h Figura = Triangulo{3, 4}
	var c Cuadrado = f
	fmt.Println(f.Perimetro())
	n := 5
	_ = n.(int)
	if t, ok := f.(Triangulo); ok {
		fmt.Println(t)
	}
	fmt.Println(g, h, c)
}

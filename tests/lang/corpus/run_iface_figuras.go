package main

import (
	"fmt"
	"math"
)

type Figura interface {
	Area() float64
	Perimetro() float64
}

type Rectangulo struct {
	ancho, alto float64
}

type Circulo struct {
	radio float64
}

func (r Rectangulo) Area() float64      { return r.ancho * r.alto }
func (r Rectangulo) Perimetro() float64 { return 2 * (r.ancho + r.alto) }
func (c Circulo) Area() float64         { return math.Pi * c.radio * c.radio }
func (c Circulo) Perimetro() float64    { return 2 * math.Pi * c.radio }

func main() {
	figuras := []Figura{Rectangulo{3, 4}, Circulo{1}, Rectangulo{10, 0.5}, Circulo{2.5}}
	total := 0.0
	for i, f := range figuras {
		fmt.Printf("%d %T area=%.3f perimetro=%.3f\n", i, f, f.Area(), f.Perimetro())
		total += f.Area()
	}
	fmt.Printf("area total: %.4f\n", total)
	fmt.Println(figuras[0], figuras[1])
	fmt.Printf("%v %+v\n", figuras[2], figuras[3])
}

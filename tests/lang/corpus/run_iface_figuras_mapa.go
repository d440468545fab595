package main

import (
	"fmt"
	"sort"
)

type Figura interface {
	Area() float64
	Perimetro() float64
}

type Rect struct{ a, b float64 }
type Cuad struct{ l float64 }

func (r Rect) Area() float64      { return r.a * r.b }
func (r Rect) Perimetro() float64 { return 2*r.a + 2*r.b }
func (c Cuad) Area() float64      { return c.l * c.l }
func (c Cuad) Perimetro() float64 { return 4 * c.l }

func main() {
	catalogo := map[string]Figura{
		"mesa":    Rect{2, 1},
		"baldosa": Cuad{0.3},
		"puerta":  Rect{0.9, 2.1},
		"cuadro":  Cuad{0.5},
	}
	nombres := []string{}
	for n := range catalogo {
		nombres = append(nombres, n)
	}
	sort.Strings(nombres)
	for _, n := range nombres {
		f := catalogo[n]
		fmt.Printf("%-8s %-6T area=%.2f per=%.2f\n", n, f, f.Area(), f.Perimetro())
	}
	fmt.Println(catalogo)
	if _, ok := catalogo["mesa"].(Cuad); !ok {
		fmt.Println("la mesa no es cuadrada")
	}
}

package main

import "fmt"

// Llamadas por interfaz que se desvirtualizan cuando la función que da el valor se inlina.
type Figura interface{ Area() float64 }

type Cuadrado struct{ lado float64 }

func (c Cuadrado) Area() float64 { return c.lado * c.lado }

type Circulo struct{ r float64 }

func (c *Circulo) Area() float64 { return 3 * c.r * c.r }

type Nombre struct{ *Circulo }

func nuevoCirculo(r float64) Figura {
	if r <= 0 {
		return nil
	}
	return &Circulo{r}
}

func area(f Figura) float64 {
	return f.Area()
}

func main() {
	a := nuevoCirculo(2)
	fmt.Println(a.Area())
	fmt.Println(area(Cuadrado{3}))
	c := &Circulo{1}
	fmt.Println(area(c))
	fmt.Println(area(Nombre{c}))
}

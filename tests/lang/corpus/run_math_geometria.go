package main

import (
	"fmt"
	"math"
)

type Punto struct{ X, Y float64 }

func distancia(a, b Punto) float64 {
	return math.Sqrt(math.Pow(b.X-a.X, 2) + math.Pow(b.Y-a.Y, 2))
}

func perimetro(ps []Punto) float64 {
	t := 0.0
	for i := range ps {
		t += distancia(ps[i], ps[(i+1)%len(ps)])
	}
	return t
}

func areaPoligono(ps []Punto) float64 {
	s := 0.0
	for i := range ps {
		j := (i + 1) % len(ps)
		s += ps[i].X*ps[j].Y - ps[j].X*ps[i].Y
	}
	return math.Abs(s) / 2
}

func main() {
	tri := []Punto{{0, 0}, {4, 0}, {0, 3}}
	fmt.Println(perimetro(tri), areaPoligono(tri))
	cuad := []Punto{{0, 0}, {2, 0}, {2, 2}, {0, 2}}
	fmt.Println(perimetro(cuad), areaPoligono(cuad))
	r := 2.0
	fmt.Printf("circulo r=%.1f area=%.5f long=%.5f\n", r, math.Pi*r*r, 2*math.Pi*r)
	ang := math.Atan2(1, 1) * 180 / math.Pi
	fmt.Printf("%.2f grados\n", ang)
}

package main

import (
	"fmt"
	"math"
)

func media(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func desvio(xs []float64) float64 {
	m := media(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)))
}

func main() {
	notas := []float64{7, 8.5, 6, 9, 10, 4.5, 8}
	fmt.Printf("media %.4f desvio %.4f\n", media(notas), desvio(notas))
	mn, mx := math.Inf(1), math.Inf(-1)
	for _, n := range notas {
		mn = math.Min(mn, n)
		mx = math.Max(mx, n)
	}
	fmt.Println(mn, mx, mx-mn)
	fmt.Println(media(nil))
	redondeadas := make([]float64, len(notas))
	for i, n := range notas {
		redondeadas[i] = math.Round(n)
	}
	fmt.Println(redondeadas)
}

package main

import "fmt"

func promedio(notas []float32) float32 {
	var suma float32
	for _, n := range notas {
		suma += n
	}
	return suma / float32(len(notas))
}

func main() {
	var notas []float32
	valores := []float32{7.5, 8, 6.25, 9.5, 4, 10, 5.5}
	for ronda := 0; ronda < 6; ronda++ {
		for _, v := range valores {
			notas = append(notas, v)
		}
		fmt.Printf("ronda %d: len=%d cap=%d\n", ronda, len(notas), cap(notas))
	}
	fmt.Printf("promedio: %.3f\n", promedio(notas))
	fmt.Println(notas[:7])
	var tercio float32 = 1.0 / 3
	fmt.Println(tercio, float64(tercio))
}

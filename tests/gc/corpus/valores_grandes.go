package main

import "fmt"

type Punto struct {
	X, Y, Z float64
}

func main() {
	total := 0.0
	for vuelta := 0; vuelta < 30; vuelta++ {
		puntos := make([]Punto, 50000)
		puntos[vuelta].X = 1
		total += puntos[vuelta].X
	}
	fmt.Println(total)
}

package main

import "fmt"

func main() {
	productos := []struct {
		nombre string
		precio float64
		stock  int
	}{
		{"Yerba", 1500, 10},
		{"Cafe molido", 3200.5, 4},
		{"Te", 800.25, 0},
	}
	ancho := 0
	for _, p := range productos {
		if len(p.nombre) > ancho {
			ancho = len(p.nombre)
		}
	}
	for _, p := range productos {
		fmt.Printf("%-*s|%*.*f|%*d\n", ancho, p.nombre, 10, 2, p.precio, 4, p.stock)
	}
	fmt.Printf("%*d|%-*d|\n", 6, 42, 6, 42)
	fmt.Printf("%.*f\n", 3, 3.14159)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b\n", 12)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
}

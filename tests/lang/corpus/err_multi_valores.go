package main

import "fmt"

func coordenadas() (int, int) { return 3, 4 }

func nada() {}

func sumar(a, b, c int) int { return a + b + c }

func main() {
	fmt.Printf("%d %d\n", coordenadas())
	fmt.Println(sumar(coordenadas()))
	fmt.Println(sumar(coordenadas(), 1))
	x := coordenadas()
	fmt.Println(x, nada())
}

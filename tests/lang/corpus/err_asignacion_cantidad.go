package main

import "fmt"

func doble(n int) int { return n * 2 }

func dividir(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	a, b := doble(3)
	var c, d int = 1
	e, f := 1, 2, 3
	g := dividir(7, 2)
	var h, i, j = dividir(9, 4)
	fmt.Println(a, b, c, d, e, f, g, h, i, j)
}

package main

import "fmt"

func minmax(xs []int) (int, int) {
	mn, mx := xs[0], xs[0]
	for _, x := range xs {
		mn = min(mn, x)
		mx = max(mx, x)
	}
	return mn, mx
}

func rango(a, b int) int { return b - a }

func intercambiar(a, b string) (string, string) { return b, a }

func concatenar(a, b string) string { return a + "+" + b }

func main() {
	datos := []int{4, -2, 9, 7}
	fmt.Println(rango(minmax(datos)))
	fmt.Println(concatenar(intercambiar("izq", "der")))
	fmt.Println(concatenar(intercambiar(intercambiar("x", "y"))))
	a, b := minmax(datos)
	a, b = b, a
	fmt.Println(a, b)
}

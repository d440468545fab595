package main

import (
	"fmt"
	"sort"
)

func burbuja(xs []int) int {
	intercambios := 0
	for i := 0; i < len(xs); i++ {
		for j := 0; j < len(xs)-1-i; j++ {
			if xs[j] > xs[j+1] {
				xs[j], xs[j+1] = xs[j+1], xs[j]
				intercambios++
			}
		}
	}
	return intercambios
}

func main() {
	datos := []int{9, 4, 7, 1, 8, 2, 6, 3, 5}
	copia := make([]int, len(datos))
	copy(copia, datos)
	n := burbuja(datos)
	sort.Ints(copia)
	fmt.Println(datos, n)
	fmt.Println(copia)
	iguales := true
	for i := range datos {
		if datos[i] != copia[i] {
			iguales = false
		}
	}
	fmt.Println(iguales)
}

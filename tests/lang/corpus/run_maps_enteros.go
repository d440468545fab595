package main

import "fmt"

func main() {
	cuadrados := make(map[int]int)
	for i := -5; i <= 5; i++ {
		cuadrados[i] = i * i
	}
	fmt.Println(cuadrados)
	fmt.Println(len(cuadrados))

	frecuencia := map[int]int{}
	datos := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	for _, d := range datos {
		frecuencia[d]++
	}
	fmt.Println(frecuencia)
	masFrecuente, veces := 0, 0
	for k, v := range frecuencia {
		if v > veces || (v == veces && k < masFrecuente) {
			masFrecuente, veces = k, v
		}
	}
	fmt.Println("moda:", masFrecuente, "veces:", veces)
}

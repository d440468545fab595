package main

import "fmt"

func main() {
	origen := make([]int, 100000)
	for i := range origen {
		origen[i] = i
	}
	suma := 0
	for i := 0; i < 40; i++ {
		copia := make([]int, len(origen))
		copy(copia, origen)
		suma += copia[i]
	}
	fmt.Println(suma)
}

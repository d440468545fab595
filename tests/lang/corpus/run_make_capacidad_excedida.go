package main

import "fmt"

func llenar(n int) []int {
	notas := make([]int, n, 8)
	for i := range notas {
		notas[i] = 10 - i
	}
	fmt.Println("largo", len(notas), "capacidad", cap(notas))
	suma := 0
	for _, x := range notas {
		suma += x
	}
	fmt.Println("suma", suma)
	return nil
}

func main() {
	llenar(4)
	llenar(8)
	llenar(9)
}

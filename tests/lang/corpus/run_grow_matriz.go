package main

import "fmt"

func main() {
	var matriz [][]int
	for i := 0; i < 6; i++ {
		var fila []int
		for j := 0; j <= i; j++ {
			if j == 0 || j == i {
				fila = append(fila, 1)
			} else {
				fila = append(fila, matriz[i-1][j-1]+matriz[i-1][j])
			}
		}
		matriz = append(matriz, fila)
		fmt.Println(fila, "len", len(fila), "cap", cap(fila), "| filas", len(matriz), cap(matriz))
	}
}

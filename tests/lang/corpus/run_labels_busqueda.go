package main

import "fmt"

func main() {
	matriz := [][]int{
		{1, 4, 7},
		{2, 9, 5},
		{8, 3, 6},
	}
	objetivo := 9
	fila, col := -1, -1
buscar:
	for i, f := range matriz {
		for j, v := range f {
			if v == objetivo {
				fila, col = i, j
				break buscar
			}
		}
	}
	fmt.Println("encontrado en", fila, col)

	// saltear filas que tengan un numero par al principio
filas:
	for i, f := range matriz {
		for _, v := range f {
			if v%2 == 0 {
				fmt.Println("fila", i, "tiene un par:", v)
				continue filas
			}
		}
		fmt.Println("fila", i, "sin pares")
	}
}

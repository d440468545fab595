package main

import "fmt"

func main() {
	notas := [][]float64{
		{7, 8, 9},
		{5, 6},
		{10, 9.5, 8, 7},
	}
	for i, fila := range notas {
		suma := 0.0
		for _, n := range fila {
			suma += n
		}
		fmt.Printf("alumno %d: %v promedio %.2f\n", i, fila, suma/float64(len(fila)))
	}
	transpuesta := make([][]int, 3)
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for i, fila := range m {
		for j, v := range fila {
			if i == 0 {
				transpuesta[j] = make([]int, 2)
			}
			transpuesta[j][i] = v
		}
	}
	fmt.Println(transpuesta)
}

package main

import "fmt"

func main() {
	const n = 5
	var tablero [n][n]int
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			tablero[i][j] = (i*7 + j*3) % 10
		}
	}
	// buscar el primer par de celdas vecinas con la misma suma 10
	encontrado := false
recorrido:
	for i := 0; i < n; i++ {
		for j := 0; j < n-1; j++ {
			if tablero[i][j]+tablero[i][j+1] == 10 {
				fmt.Println("vecinas en", i, j, tablero[i][j], tablero[i][j+1])
				encontrado = true
				break recorrido
			}
		}
	}
	fmt.Println(encontrado)
	for _, f := range tablero {
		fmt.Println(f)
	}
	cuenta := 0
filas:
	for i := range n {
		for j := range n {
			if tablero[i][j] == 0 {
				continue filas
			}
			cuenta++
		}
	}
	fmt.Println("celdas antes del primer cero por fila:", cuenta)
}

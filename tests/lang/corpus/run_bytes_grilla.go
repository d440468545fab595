package main

import "fmt"

func main() {
	filas, columnas := 6, 10
	grilla := make([][]byte, filas)
	for i := range grilla {
		grilla[i] = make([]byte, columnas)
		for j := range grilla[i] {
			grilla[i][j] = '.'
		}
	}
	for i := 0; i < filas; i++ {
		grilla[i][i] = '#'
		grilla[i][columnas-1-i] = '*'
	}
	for _, fila := range grilla {
		fmt.Println(string(fila))
	}
	fmt.Println(len(grilla), cap(grilla), len(grilla[0]), cap(grilla[0]))

	// agregar una columna a cada fila obliga a realocar
	for i := range grilla {
		grilla[i] = append(grilla[i], '|')
	}
	fmt.Println(string(grilla[0]), len(grilla[0]), cap(grilla[0]))
}

package main

import "fmt"

func main() {
	matriz := [][]int{{1, 2}, {3, 4}}
externo:
	for _, fila := range matriz {
		for _, v := range fila {
			if v == 3 {
				break fuera
			}
		}
	}
sinUso:
	fmt.Println("fin")
	goto inexistente
}

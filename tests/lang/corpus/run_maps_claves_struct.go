package main

import "fmt"

type Posicion struct {
	fila, col int
}

func main() {
	tablero := map[Posicion]string{}
	tablero[Posicion{0, 0}] = "torre"
	tablero[Posicion{0, 4}] = "rey"
	tablero[Posicion{1, 3}] = "peon"
	tablero[Posicion{0, 0}] = "torre blanca"

	fmt.Println(len(tablero))
	fmt.Println(tablero)
	pieza, ok := tablero[Posicion{1, 3}]
	fmt.Println(pieza, ok)
	_, ok = tablero[Posicion{5, 5}]
	fmt.Println(ok)

	visitadas := map[[2]int]bool{}
	for i := 0; i < 3; i++ {
		visitadas[[2]int{i, i * i}] = true
	}
	fmt.Println(visitadas, visitadas[[2]int{2, 4}])
}

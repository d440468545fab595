package main

import "fmt"

func main() {
	var tablero [3][3]byte
	movs := [][2]int{{0, 0}, {1, 1}, {2, 2}, {3, 0}}
	for i, m := range movs {
		if i%2 == 0 {
			tablero[m[0]][m[1]] = 'X'
		} else {
			tablero[m[0]][m[1]] = 'O'
		}
		fmt.Println("jugada", i, m)
	}
	fmt.Println(tablero)
}

package main

import "fmt"

type Tablero [3][3]byte

func (t Tablero) Ganador() byte {
	lineas := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lineas {
		a, b, c := t[l[0][0]][l[0][1]], t[l[1][0]][l[1][1]], t[l[2][0]][l[2][1]]
		if a != ' ' && a == b && b == c {
			return a
		}
	}
	return ' '
}

func (t Tablero) Mostrar() {
	for _, f := range t {
		fmt.Println(string(f[:]))
	}
}

func main() {
	var t Tablero
	for i := range t {
		for j := range t[i] {
			t[i][j] = ' '
		}
	}
	jugadas := [][2]int{{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 2}, {2, 2}, {0, 1}, {2, 1}}
	for n, j := range jugadas {
		antes := t
		if n%2 == 0 {
			t[j[0]][j[1]] = 'X'
		} else {
			t[j[0]][j[1]] = 'O'
		}
		if antes == t {
			fmt.Println("no cambio")
		}
		if g := t.Ganador(); g != ' ' {
			fmt.Printf("gana %c en la jugada %d\n", g, n)
			break
		}
	}
	t.Mostrar()
}

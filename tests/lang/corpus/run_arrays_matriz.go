package main

import "fmt"

type Matriz [3][3]int

func multiplicar(a, b Matriz) Matriz {
	var r Matriz
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return r
}

func transponer(m Matriz) Matriz {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	id := Matriz{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	a := Matriz{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(multiplicar(a, id) == a)
	fmt.Println(multiplicar(a, a))
	t := transponer(a)
	fmt.Println(a)
	fmt.Println(t)
	fmt.Println(transponer(t) == a)
	fmt.Printf("%v %T\n", id[1], id)
}

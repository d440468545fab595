package main

import "fmt"

func signo(n int) string {
	if n > 0 {
		return "positivo"
	} else if n < 0 {
		return "negativo"
	}
}

func buscar(xs []int, v int) (int, bool) {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1, false
}

func main() {
	fmt.Println(signo(3), buscar)
}

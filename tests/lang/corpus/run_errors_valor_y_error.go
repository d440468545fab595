package main

import (
	"errors"
	"fmt"
)

func dividir(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division por cero")
	}
	return a / b, nil
}

func raizEntera(n int) (r int, err error) {
	if n < 0 {
		err = fmt.Errorf("raiz de %d: numero negativo", n)
		return
	}
	for r*r <= n {
		r++
	}
	r--
	return
}

func main() {
	pares := [][2]int{{10, 2}, {7, 0}, {-9, 4}}
	for _, p := range pares {
		q, err := dividir(p[0], p[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p[0], "/", p[1], "=", q)
	}
	for _, n := range []int{0, 15, 16, -1} {
		r, err := raizEntera(n)
		fmt.Println(n, r, err)
	}
}

package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
	extra [6]int
}

func construir(n int) *Nodo {
	if n == 0 {
		return nil
	}
	return &Nodo{valor: n, sig: construir(n - 1)}
}

func main() {
	total := 0
	for i := 0; i < 40; i++ {
		l := construir(5000)
		total += l.valor
	}
	fmt.Println(total)
}

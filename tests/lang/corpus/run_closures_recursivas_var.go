package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

func main() {
	// invertir da vuelta una lista enlazada de forma recursiva.
	var invertir func(n, previo *Nodo) *Nodo
	invertir = func(n, previo *Nodo) *Nodo {
		if n == nil {
			return previo
		}
		sig := n.sig
		n.sig = previo
		return invertir(sig, n)
	}
	var lista *Nodo
	for i := 1; i <= 4; i++ {
		lista = &Nodo{i, lista}
	}
	lista = invertir(lista, nil)
	for n := lista; n != nil; n = n.sig {
		fmt.Print(n.valor, " ")
	}
	fmt.Println()

	// fib cuenta con un mapa de memoria que la clausura captura.
	memo := map[int]int{}
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(30))

	var contar func(n *Nodo) int
	contar = func(n *Nodo) int {
		if n == nil {
			return 0
		}
		return 1 + contar(n.sig)
	}
	fmt.Println(contar(lista))
}

package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

func main() {
	var nodos []*Nodo
	prev := 0
	for i := 0; i < 130; i++ {
		n := &Nodo{valor: i}
		if len(nodos) > 0 {
			nodos[len(nodos)-1].sig = n
		}
		nodos = append(nodos, n)
		if cap(nodos) != prev {
			prev = cap(nodos)
			fmt.Println("len", len(nodos), "cap", cap(nodos))
		}
	}
	suma := 0
	for n := nodos[0]; n != nil; n = n.sig {
		suma += n.valor
	}
	fmt.Println("suma:", suma)
}

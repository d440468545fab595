package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

func main() {
	lista := &Nodo{1, &Nodo{2, nil}}
	n := lista
	for i := 0; i < 3; i++ {
		fmt.Println("valor:", n.valor)
		n = n.sig
	}
}

package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

func main() {
	var n *Nodo
	fmt.Println("antes")
	fmt.Println(n.valor)
}

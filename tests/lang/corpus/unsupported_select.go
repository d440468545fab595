package main

import "fmt"

type Pila[T any] struct {
	elementos []T
}

func Mayor[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	pedidos := make(chan string, 1)
	listo := make(chan bool)
	select {
	case p := <-pedidos:
		fmt.Println("pedido", p)
	case <-listo:
		fmt.Println("listo")
	default:
		fmt.Println("nada")
	}

	fmt.Println(Mayor(1, 2))
}

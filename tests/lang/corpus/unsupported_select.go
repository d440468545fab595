package main

import "fmt"

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
}

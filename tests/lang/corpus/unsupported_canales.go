package main

import "fmt"

// Un productor y un consumidor con un canal: MemLab aún no tiene goroutines ni canales,
// y cada construcción se rechaza una vez, sin más mensajes.
func main() {
	pedidos := make(chan string, 2)
	pedidos <- "café"
	pedidos <- "té"
	close(pedidos)
	for p := range pedidos {
		fmt.Println("sirviendo", p)
	}
	ultimo, abierto := <-pedidos
	select {
	case extra := <-pedidos:
		fmt.Println(extra)
	default:
		fmt.Println(ultimo, abierto)
	}
	go fmt.Println("fin")
}

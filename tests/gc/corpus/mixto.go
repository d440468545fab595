package main

import "fmt"

type Pedido struct {
	id      int
	lineas  []int
	cliente *Cliente
}

type Cliente struct {
	nombre string
	saldo  float64
}

func main() {
	clientes := make([]*Cliente, 100)
	for i := range clientes {
		clientes[i] = &Cliente{nombre: "cliente", saldo: float64(i)}
	}
	var pedidos []*Pedido
	for i := 0; i < 60000; i++ {
		p := &Pedido{id: i, cliente: clientes[i%100], lineas: make([]int, 8)}
		if i%10 == 0 {
			pedidos = append(pedidos, p)
		}
	}
	fmt.Println(len(pedidos))
}

package main

import "fmt"

type Nodo struct {
	valor      int
	ant, sig   *Nodo
}

func main() {
	var primero, ultimo *Nodo
	for i := 0; i < 200000; i++ {
		n := &Nodo{valor: i, ant: ultimo}
		if ultimo != nil {
			ultimo.sig = n
		} else {
			primero = n
		}
		ultimo = n
		if i%2 == 1 {
			ultimo = ultimo.ant
			ultimo.sig = nil
		}
	}
	fmt.Println(primero.valor, ultimo.valor)
}

package main

import "fmt"

type Nodo struct {
	valor int
	datos [6]int
	sig   *Nodo
}

func main() {
	var guardados *Nodo
	total := 0
	for i := 0; i < 300000; i++ {
		n := &Nodo{valor: i}
		if i%4 == 0 {
			n.sig = guardados
			guardados = n
		}
		total += n.valor
	}
	fmt.Println(total, guardados.valor)
}

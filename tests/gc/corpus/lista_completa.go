package main

import "fmt"

type Nodo struct {
	valor int
	datos [4]int
	sig   *Nodo
}

func main() {
	var cabeza *Nodo
	for i := 0; i < 250000; i++ {
		cabeza = &Nodo{valor: i, sig: cabeza}
	}
	n := 0
	for p := cabeza; p != nil; p = p.sig {
		n++
	}
	fmt.Println(n)
}

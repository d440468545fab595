package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

func main() {
	cabeza := new(Nodo{1, new(Nodo{2, new(Nodo{3, nil})})})
	for n := cabeza; n != nil; n = n.sig {
		fmt.Print(n.valor, " ")
	}
	fmt.Println()
	contador := new(0)
	incrementar := func() { *contador++ }
	for range 5 {
		incrementar()
	}
	fmt.Println(*contador)
	x := 10
	px := new(x)
	*px = 20
	fmt.Println(x, *px)
}

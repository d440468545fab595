package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

func main() {
	lista := &Nodo{1, &Nodo{2, nil}}
	defer func() {
		r := recover()
		fmt.Println("recuperado:", r)
		fmt.Println("tercer valor:", lista.sig.sig.valor)
	}()
	panic("lista demasiado corta")
}

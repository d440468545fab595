package main

import "fmt"

func stack() {
	x := 10 // Se asigna en el Stack
	_ = x
}

func heap() *int {
	p := new(int) // Se asigna en el Heap porque se devuelve un puntero
	return p      //retorna el puntero
}

func main() {
	stack()
	p := heap()
	*p = 42
	fmt.Println(*p)
}

package main

import "fmt"

type Pila[T any] struct {
	items []T
}

func (p *Pila[T]) Push(x T) {
	p.items = append(p.items, x)
}

func main() {
	var p Pila[int]
	p.Push(3)
	q := &Pila[string]{}
	fmt.Println(p, q)
}

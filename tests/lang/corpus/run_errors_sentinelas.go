package main

import (
	"errors"
	"fmt"
)

var (
	ErrVacia     = errors.New("pila vacia")
	ErrLlena     = errors.New("pila llena")
)

type Pila struct {
	datos []int
	max   int
}

func (p *Pila) Push(v int) error {
	if len(p.datos) == p.max {
		return ErrLlena
	}
	p.datos = append(p.datos, v)
	return nil
}

func (p *Pila) Pop() (int, error) {
	if len(p.datos) == 0 {
		return 0, ErrVacia
	}
	v := p.datos[len(p.datos)-1]
	p.datos = p.datos[:len(p.datos)-1]
	return v, nil
}

func main() {
	p := &Pila{max: 3}
	for i := 1; i <= 4; i++ {
		if err := p.Push(i * 10); err != nil {
			fmt.Println("push", i*10, "->", err)
		}
	}
	for i := 0; i < 4; i++ {
		v, err := p.Pop()
		if errors.Is(err, ErrVacia) {
			fmt.Println("pop ->", err)
			break
		}
		fmt.Println("pop", v)
	}
	fmt.Println(ErrVacia == ErrLlena, ErrVacia.Error() == "pila vacia")
	otra := errors.New("pila vacia")
	fmt.Println(otra == ErrVacia, errors.Is(otra, ErrVacia))
}

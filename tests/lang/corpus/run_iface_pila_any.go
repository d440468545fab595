package main

import "fmt"

type Pila struct {
	datos []any
}

func (p *Pila) Push(v any) { p.datos = append(p.datos, v) }

func (p *Pila) Pop() any {
	if len(p.datos) == 0 {
		return nil
	}
	v := p.datos[len(p.datos)-1]
	p.datos = p.datos[:len(p.datos)-1]
	return v
}

func main() {
	p := &Pila{}
	p.Push(1)
	p.Push("dos")
	p.Push(3.5)
	p.Push([]string{"a", "b"})
	p.Push(map[string]int{"k": 1})
	fmt.Println(len(p.datos), cap(p.datos))
	for {
		v := p.Pop()
		if v == nil {
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
}

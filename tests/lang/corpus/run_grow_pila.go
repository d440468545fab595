package main

import "fmt"

type Pila struct {
	elementos []int
}

func (p *Pila) Apilar(v int) {
	p.elementos = append(p.elementos, v)
}

func (p *Pila) Desapilar() (int, bool) {
	if len(p.elementos) == 0 {
		return 0, false
	}
	v := p.elementos[len(p.elementos)-1]
	p.elementos = p.elementos[:len(p.elementos)-1]
	return v, true
}

func main() {
	p := &Pila{}
	for i := 1; i <= 10; i++ {
		p.Apilar(i * i)
		fmt.Printf("apilar %3d len=%2d cap=%2d\n", i*i, len(p.elementos), cap(p.elementos))
	}
	for {
		v, ok := p.Desapilar()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(len(p.elementos), cap(p.elementos))
}

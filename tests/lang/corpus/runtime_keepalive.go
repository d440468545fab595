package main

import (
	"fmt"
	"runtime"
)

type Nodo struct {
	valor int
	sig   *Nodo
}

type Par struct {
	a, b *Nodo
}

func main() {
	buf := make([]byte, 1<<20)
	buf[0] = 7
	n := &Nodo{valor: 1}
	p := Par{a: n, b: &Nodo{valor: 2}}
	s := "texto"
	runtime.GC()
	runtime.KeepAlive(buf)
	runtime.KeepAlive(n)
	runtime.KeepAlive(p)
	runtime.KeepAlive(s)
	runtime.KeepAlive(42)
	runtime.KeepAlive(&p)
	fmt.Println(buf[0], n.valor, p.b.valor, len(s))
}

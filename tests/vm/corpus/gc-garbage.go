package main

import (
	"fmt"
	"runtime"
)

type Nodo struct {
	valor int
	datos [64]byte
	sig   *Nodo
}

var raiz *Nodo

func main() {
	var ms runtime.MemStats
	for vuelta := 0; vuelta < 20; vuelta++ {
		var lista *Nodo
		for i := 0; i < 2000; i++ {
			lista = &Nodo{valor: i, sig: lista}
		}
		if vuelta == 7 {
			raiz = lista
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	n := 0
	for p := raiz; p != nil; p = p.sig {
		n++
	}
	fmt.Println(n, raiz.valor, ms.NumGC > 1, ms.Mallocs-ms.Frees >= 2000, ms.HeapAlloc < 4<<20)
	var m map[string]int
	m["x"] = 1
}

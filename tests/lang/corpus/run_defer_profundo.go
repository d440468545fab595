package main

import (
	"fmt"
	"runtime"
)

type Nodo struct {
	valor int
	datos [8]int
}

var total int

func bajar(n int, grande [16]int) {
	nodo := &Nodo{valor: n}
	defer func() { total += nodo.valor + grande[0] }()
	if n%10 == 0 {
		for i := 0; i < 2; i++ {
			defer func() { total += i }()
		}
	}
	if n == 0 {
		runtime.GC()
		msg := fmt.Sprint("fondo alcanzado con total ", total)
		panic(msg)
	}
	var g [16]int
	g[0] = n
	bajar(n-1, g)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recuperado:", r)
		fmt.Println("total:", total)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Println(ms.NumGC > 0)
	}()
	var g [16]int
	bajar(300, g)
}

package main

import (
	"fmt"
	"runtime"
)

type Punto struct{ X, Y int }

func nuevo(x, y int) *Punto {
	return &Punto{x, y}
}

func heap() *int {
	p := new(int)
	return p
}

func main() {
	var antes, despues runtime.MemStats
	runtime.ReadMemStats(&antes)
	suma := 0
	for i := 0; i < 100; i++ {
		p := nuevo(i, i+1)
		q := heap()
		*q = p.X + p.Y
		suma += *q
	}
	runtime.ReadMemStats(&despues)
	fmt.Println("suma:", suma)
	fmt.Println("objetos nuevos en el heap:", despues.Mallocs-antes.Mallocs)
}

package main

import (
	"fmt"
	"runtime"
)

var sink int

func indice(s []int, i int) {
	defer func() { recover() }()
	sink = s[i]
}

func division(a, b int) {
	defer func() { recover() }()
	sink = a / b
}

func puntero(p *int) {
	defer func() { recover() }()
	sink = *p
}

func mapa(m map[int]int) {
	defer func() { recover() }()
	m[1] = 2
}


func usuario() {
	defer func() { recover() }()
	panic("x")
}

func entero(n int) {
	defer func() { recover() }()
	panic(n)
}

func abiertos() {
	defer func() { sink++ }()
	defer func() { recover() }()
	panic("x")
}

func panicnil() {
	defer func() { recover() }()
	panic(nil)
}

func rebanada(s []int, i int) {
	defer func() { recover() }()
	sink = len(s[:i])
}

func medir(nombre string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(nombre, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	medir("indice", func() { indice([]int{1}, 5) })
	medir("division", func() { division(1, 0) })
	medir("puntero", func() { puntero(nil) })
	medir("mapa", func() { mapa(nil) })
	medir("usuario", func() { usuario() })
	medir("entero", func() { entero(1000) })
	medir("abiertos", func() { abiertos() })
	medir("panicnil", func() { panicnil() })
	medir("rebanada", func() { rebanada([]int{1}, 5) })
}

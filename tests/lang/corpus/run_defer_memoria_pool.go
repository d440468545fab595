package main

import (
	"fmt"
	"runtime"
)

var sink int

func suma(a, b int) { sink += a + b }

func bucle(n int) {
	for i := 0; i < n; i++ {
		defer suma(i, 1)
	}
}

func bucleClosure(n int) {
	for i := 0; i < n; i++ {
		defer func() { sink += i }()
	}
}

func medir(nombre string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(nombre, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	medir("bucle1", func() { bucle(1) })
	medir("bucle1b", func() { bucle(1) })
	medir("bucle3", func() { bucle(3) })
	medir("bucle3b", func() { bucle(3) })
	medir("clos3", func() { bucleClosure(3) })
	medir("nada", func() {})
}

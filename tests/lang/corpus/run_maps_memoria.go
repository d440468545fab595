package main

import (
	"fmt"
	"runtime"
)

var guardado map[int]int

// Cuánta memoria pide un mapa al crecer, con y sin el tamaño de make.
func medir(pista bool) (uint64, uint64) {
	var antes, despues runtime.MemStats
	guardado = nil
	runtime.GC()
	runtime.ReadMemStats(&antes)
	if pista {
		guardado = make(map[int]int, 1000)
	} else {
		guardado = make(map[int]int)
	}
	for i := 0; i < 1000; i++ {
		guardado[i] = i
	}
	runtime.ReadMemStats(&despues)
	return despues.TotalAlloc - antes.TotalAlloc, despues.Mallocs - antes.Mallocs
}

func main() {
	bytes, objetos := medir(false)
	fmt.Println("sin pista:", bytes, "bytes en", objetos, "objetos")
	bytes, objetos = medir(true)
	fmt.Println("con pista:", bytes, "bytes en", objetos, "objetos")
}

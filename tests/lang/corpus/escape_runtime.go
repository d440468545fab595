package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type Persona struct {
	nombre, apellido string
	edad             uint
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	runtime.GC()
	var p Persona
	fmt.Println(unsafe.Sizeof(p), m.Alloc, m.NumGC)
}

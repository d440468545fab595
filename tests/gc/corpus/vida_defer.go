package main

import (
	"fmt"
	"runtime"
)

// A pointer used only by a deferred call: the deferred closure keeps it, so runtime.GC()
// in the function's body cannot free it.
func trabajo() {
	datos := make([]byte, 8<<20)
	defer func() {
		fmt.Println("diferida", len(datos))
	}()
	runtime.GC()
}

func main() {
	trabajo()
	runtime.GC()
	fmt.Println("fin")
}

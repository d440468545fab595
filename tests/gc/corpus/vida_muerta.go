package main

import (
	"fmt"
	"runtime"
)

// buf is not used after the Println: at runtime.GC() it is dead, and Go frees its 8 MB.
func main() {
	buf := make([]byte, 8<<20)
	buf[0] = 1
	fmt.Println(len(buf))
	runtime.GC()
	fmt.Println("fin")
}

package main

import (
	"fmt"
	"runtime"
)

// The same buffer, kept alive on purpose past runtime.GC() by runtime.KeepAlive.
func main() {
	buf := make([]byte, 8<<20)
	buf[0] = 1
	fmt.Println(len(buf))
	runtime.GC()
	runtime.KeepAlive(buf)
	fmt.Println("fin")
}

package main

import (
	"fmt"
	"runtime"
)

type Bloque struct {
	datos [32]int
}

func main() {
	var vivos []*Bloque
	for fase := 0; fase < 4; fase++ {
		for i := 0; i < 10000; i++ {
			vivos = append(vivos, &Bloque{})
		}
		runtime.GC()
		vivos = vivos[:len(vivos)/2]
	}
	fmt.Println(len(vivos))
}

package main

import "fmt"

const unidad = 1 + 2i

func main() {
	var entero int = 2i
	z := complex(1, 2)
	w := 3 + 0i
	fmt.Println(z < w, z%w)
	fmt.Println(float64(z))
	var f float64 = unidad
	var g float32 = 2
	fmt.Println(complex(g, f), real(f))
	fmt.Println(entero, w)
}

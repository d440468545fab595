package main

import "fmt"

func nuevoContador() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a := nuevoContador()
	b := nuevoContador()
	fmt.Println(a(), a(), a())
	fmt.Println(b(), b())
	fmt.Println(a())
	c := a
	fmt.Println(c(), a())
}

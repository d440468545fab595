package main

import "fmt"

type Persona struct {
	nombre string
}

func nada() {}

func dos() (int, int) { return 1, 2 }

func main() {
	a := new(nil)
	b := new(nada())
	c := new(dos())
	d := new(Persona{"Ana"}, 2)
	fmt.Println(a, b, c, d)
}

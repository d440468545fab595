package main

import "fmt"

type Punto struct{ x, y int }

func main() {
	x := nil
	var p *int = nil
	var s string = nil
	var n int = nil
	var q Punto = nil
	if s == nil {
		fmt.Println("vacio")
	}
	fmt.Println(x, p, s, n, q)
}

package main

import "fmt"

type Punto struct{ x, y int }

func main() {
	defer fmt.Println("defer 1")
	defer func() {
		fmt.Println("defer 2 ve el panic pero no lo recupera")
	}()
	var p *Punto
	fmt.Println(p.x)
}

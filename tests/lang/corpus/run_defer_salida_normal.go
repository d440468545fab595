package main

import "fmt"

func dividir(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return a / b, true
}

func main() {
	q, ok := dividir(10, 2)
	fmt.Println(q, ok)
	q, ok = dividir(1, 0)
	fmt.Println(q, ok)
	var p *struct{ x int }
	defer func() {
		fmt.Println("recuperado:", recover())
	}()
	p.x = 1
}

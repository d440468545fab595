package main

import "fmt"

func dividir(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("division por cero")
	}
	return a / b
}

func main() {
	r := dividir(4, 2)
	var x int = "5"
	y := x +
	fmt.Println(r, y)
}

package main

import "fmt"

func dividir(a, b int) (int, error) {
	return a / b, nil
}

func main() {
	q, err := dividir(10, 2)
	q, err := dividir(9, 3)
	fmt.Println(q, err)
	var total int
	for i := 0; i < 3; i++ {
		total := total + i
	}
	fmt.Println(total)
}

package main

import "fmt"

func dividir(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("no se puede dividir %d por cero", a)
	}
	return a / b, nil
}

func main() {
	q, err := dividir(10, 2)
	fmt.Println(q, err)
	_, err = dividir(7, 0)
	panic(err)
}

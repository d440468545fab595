package main

import "fmt"

func cerrar() error { return nil }

func main() {
	total := 10
	fmt.Println(total / 0)
	const cero = 0.0
	fmt.Println(3.5 / cero)
	defer fmt.Println
	defer recover
	defer cerrar
	fmt.Println(total % 0)
}

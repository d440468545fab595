package main

import "fmt"

func validar(n int) {
	if n < 0 {
		panic(fmt.Sprintf("negativo: %d", n))
	}
}

func raiz(n int) int {
	validar(n)
	return n / 2
}

func main() {
	fmt.Println(raiz(8))
	fmt.Println(raiz(-3))
}

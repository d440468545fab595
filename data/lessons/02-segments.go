package main

import "fmt"

var contador int = 1

func doble(n int) int {
	return n * 2
}

func main() {
	nombre := "segmento"
	contador = doble(contador)
	fmt.Println(nombre, contador)

	p := new(int)
	*p = contador
	fmt.Println(*p)
}

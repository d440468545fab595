package main

import "fmt"

var saldo = calcular()

func calcular() int {
	return saldo + 100
}

func main() {
	fmt.Println(saldo)
}

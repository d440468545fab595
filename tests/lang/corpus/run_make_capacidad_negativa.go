package main

import "fmt"

func reservar(n int) int {
	s := make([]byte, n, 64)
	return len(s) + cap(s)
}

func main() {
	fmt.Println(reservar(5))
	fmt.Println(reservar(5 - 7))
}

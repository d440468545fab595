package main

import "fmt"

// tres y uno son tan pequeñas que go run las expande en línea; el slice que
// devuelven se copia al heap con su capacidad exacta en los dos builds.
func tres() []int {
	var s []int
	s = append(s, 1, 2, 3)
	return s
}

func uno(x int) []int {
	return append([]int(nil), x)
}

func main() {
	a := tres()
	fmt.Println(len(a), cap(a), a)
	b := uno(7)
	fmt.Println(len(b), cap(b), b)
	a = append(a, 4)
	fmt.Println(len(a), cap(a), a)
}

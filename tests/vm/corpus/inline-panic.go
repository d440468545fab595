package main

import "fmt"

func elemento(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(elemento(s, 1))
	fmt.Println(elemento(s, 5))
}

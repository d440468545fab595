package main

import "fmt"

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	a, b = "x", 2
	fmt.Println(a == b)
	a = []int{1, 2}
	b = []int{1, 2}
	fmt.Println(a != nil)
	fmt.Println(a == b)
}

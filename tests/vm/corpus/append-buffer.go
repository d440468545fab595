package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	return s
}

func local() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
}

func main() {
	build(10)
	local()
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
}

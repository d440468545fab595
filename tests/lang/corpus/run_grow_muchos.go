package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, 6, 7)
	fmt.Println(len(s), cap(s))
	s = append(s, 8, 9, 10, 11)
	fmt.Println(len(s), cap(s))

	otros := make([]int, 25)
	s = append(s, otros...)
	fmt.Println(len(s), cap(s))

	var t []int
	t = append(t, make([]int, 13)...)
	fmt.Println(len(t), cap(t))
	t = append(t, make([]int, 100)...)
	fmt.Println(len(t), cap(t))

	var u []int
	u = append(u, make([]int, 7)...)
	fmt.Println(len(u), cap(u))
	u = append(u, u...)
	fmt.Println(len(u), cap(u))
	u = append(u, u...)
	fmt.Println(len(u), cap(u))
}

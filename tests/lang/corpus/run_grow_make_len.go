package main

import "fmt"

func main() {
	for _, n := range []int{1, 2, 3, 4, 5, 6, 9, 11} {
		s := make([]int, n)
		s = append(s, 99)
		fmt.Printf("make(%d)+1: len=%d cap=%d\n", n, len(s), cap(s))
	}
	s := make([]string, 3)
	fmt.Println(len(s), cap(s), s)
	s = append(s, "a")
	fmt.Println(len(s), cap(s))
	s = append(s, "b", "c", "d")
	fmt.Println(len(s), cap(s))
	s = append(s, "e", "f", "g", "h", "i")
	fmt.Println(len(s), cap(s))
}

package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := make([]int, 5)
	fmt.Println("antes")
	fmt.Println(get(s, 5))
}

package main

import "fmt"

func ceros(n int) []int {
	return make([]int, n)
}

func conCapacidad(n int) []string {
	s := make([]string, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, fmt.Sprint(i))
	}
	return s
}

func main() {
	z := ceros(3)
	z = append(z, 1)
	fmt.Println(len(z), cap(z), z)
	c := conCapacidad(1)
	c = append(c, "x")
	fmt.Println(len(c), cap(c), c)
}

package main

import "fmt"

func pares(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, 2*i)
	}
	return r
}

func preparada(n int) []int {
	r := make([]int, 0, n)
	for i := 0; i < n; i++ {
		r = append(r, 2*i+1)
	}
	return r
}

func main() {
	for _, n := range []int{1, 3, 5, 9, 17, 100} {
		a := pares(n)
		b := preparada(n)
		fmt.Printf("n=%3d pares cap=%3d preparada cap=%3d\n", n, cap(a), cap(b))
		a = append(a, -1)
		b = append(b, -1)
		fmt.Printf("      +1: %3d %3d\n", cap(a), cap(b))
	}
}

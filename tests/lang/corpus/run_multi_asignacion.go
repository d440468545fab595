package main

import "fmt"

func fib(n int) (int, int) {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a, b
}

func main() {
	x, y := fib(10)
	fmt.Println(x, y)
	i := 0
	s := []int{1, 2, 3}
	i, s[i] = 2, 9
	fmt.Println(i, s)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	m := map[string]int{}
	m["a"], m["b"] = fib(5)
	fmt.Println(m)
	var p, q int
	p, q = q+1, p+2
	fmt.Println(p, q)
	_, segundo := fib(3)
	fmt.Println(segundo)
}

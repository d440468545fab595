package main

import "fmt"

type P struct{ x int }

func main() {
	a, b := P{1}, P{2}
	fmt.Println(a < b)
	t, f := true, false
	fmt.Println(t < f)
	var p, q *int
	fmt.Println(p < q, p == q)
	m := map[string]int{}
	fmt.Println(m == nil, m == m)
	s := "x"
	s++
	var n int
	n = n + 1.5
	var u uint8 = 200
	u = u * 2
	fmt.Println(s, n, u, 7%2.0, 7.5%2)
}

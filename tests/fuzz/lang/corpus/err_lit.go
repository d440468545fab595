package main

import "fmt"

type P struct {
	a int
	b string
}

func main() {
	p := P{1}
	q := P{1, "x", 3}
	r := P{a: 1, c: 2}
	m := map[string]int{"a": "b"}
	s := []int{1, "2"}
	fmt.Println(p, q, r, m, s)
}

package main

import "fmt"

func main() {
	a := [4]string{"a", "b", "c", "d"}
	p := &a
	p[0] = "A"
	fmt.Println(a, len(p))
	for i, v := range p {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	s := p[1:3]
	s[0] = "B"
	fmt.Println(a, s, len(s), cap(s))
	b := *p
	b[3] = "D"
	fmt.Println(a, b)
	fmt.Println(*p == a, b == a)
	var q *[4]string
	fmt.Println(q == nil, len(q))
}

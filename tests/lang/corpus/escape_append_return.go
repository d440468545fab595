package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func buildPtrs(n int) []*int {
	var s []*int
	for i := 0; i < n; i++ {
		v := i
		s = append(s, &v)
	}
	return s
}

type Bag struct {
	items []string
	any   any
}

func (b *Bag) Add(s string) {
	b.items = append(b.items, s)
}

func main() {
	s := build(10)
	p := buildPtrs(3)
	var b Bag
	b.Add("x")
	b.any = 5
	b.any = s
	fmt.Println(len(s), len(p), len(b.items))
}

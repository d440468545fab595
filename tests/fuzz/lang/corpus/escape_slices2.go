package main

import "fmt"

func grow(s []int) []int {
	return append(s, 1)
}

func first(s []*int) *int {
	return s[0]
}

func fill(dst []int) {
	for i := range dst {
		dst[i] = i
	}
}

func sub(a [4]int) []int {
	return a[1:3]
}

func main() {
	s := make([]int, 0, 2)
	s = grow(s)
	x := 1
	ps := []*int{&x}
	p := first(ps)
	buf := make([]int, 16)
	fill(buf)
	var arr [4]int
	t := sub(arr)
	m := map[int][]int{}
	m[1] = s
	fmt.Println(len(s), *p, buf[3], t, len(m))
}

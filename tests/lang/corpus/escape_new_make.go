package main

import "fmt"

type Small struct{ a, b int }

func main() {
	p := new(int)
	*p = 42
	q := new(Small)
	q.a = 1
	r := &Small{1, 2}
	s := make([]int, 5)
	t := make([]int, 5, 10)
	u := make(map[string]int)
	v := make(map[string]int, 100)
	w := new([10000]int)
	x := make([]Small, 4096)
	y := make([]Small, 4097)
	fmt.Println(*p, q.a, r.b, len(s), cap(t), len(u), len(v), len(w), len(x), len(y))
	z := new(int)
	fmt.Println(z)
}

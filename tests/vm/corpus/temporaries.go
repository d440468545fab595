package main

// The compiler's temporaries die with their statement and are reused by the next ones;
// the storage of values that do not escape (new, &T{}, slice literals, make, append's
// buffer, a variadic call's array, closures) stays while variables point into it.

import (
	"fmt"
	"runtime"
)

type T struct {
	x int
	p *T
}

var g []int

func keep(xs ...int) { g = xs }

func id(xs ...int) []int { return xs }

func first(ps ...*T) *T { return ps[0] }

func pair(a, b int) (int, *T) { return a + b, &T{x: b} }

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	p := &T{x: 1}
	q := new(T)
	q.x = 2
	r := &T{x: 3, p: &T{x: 4}}
	s := id(5, 6, 7)
	keep(8, 9, 10)
	var buf []int
	buf = append(buf, 11)
	buf = append(buf, 12)
	m := make([]int, 3)
	m[1] = 13
	n := 2
	w := make([]int, n)
	w[0] = 14
	t := first(&T{x: 15}, &T{x: 16})
	arr := []*T{&T{x: 17}}
	f := func() int { return p.x + q.x }
	a, b := pair(20, 21)
	fmt.Println(a, b.x)
	for i := 0; i < 3; i++ {
		fmt.Println(i, s[i], []int{i, i * 2}, &T{x: i})
	}
	runtime.GC()
	var last *T
	for _, e := range []*T{&T{x: 30}, &T{x: 31}} {
		last = e
	}
	var held *T
outer:
	for i := 0; i < 3; i++ {
		for _, e := range []*T{&T{x: 40 + i}, &T{x: 50 + i}} {
			if e.x == 51 {
				held = e
				break outer
			}
			if e.x > 45 {
				continue outer
			}
		}
	}
	switch u := r.p; u.x {
	case 4:
		fmt.Println("four", u.x)
	default:
		fmt.Println("other")
	}
	switch {
	case p.x > 5:
		fmt.Println("big")
	case q.x == 2 && r.p != nil:
		fmt.Println("q two")
	}
	if r.p.p == nil && r.p != nil {
		fmt.Println("leaf")
	} else {
		fmt.Println("not leaf")
	}
	k := 0
	for lst := r; lst != nil; lst = lst.p {
		k++
	}
	runtime.GC()
	fmt.Println(*p, *q, r.x, r.p.x, s[0], s[1], s[2], g, buf[0], buf[1], len(buf), cap(buf))
	fmt.Println(m[1], w[0], t.x, arr[0].x, f(), last.x, held.x, k, sum(s), sum(g))
	x := 1
	for x < 100 {
		x *= 3
	}
	fmt.Println(x, len(fmt.Sprint(p.x, q.x)), fmt.Sprintf("%d-%d", s[0], s[2]))
}

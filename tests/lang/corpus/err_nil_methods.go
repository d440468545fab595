package main

import "fmt"

type T struct{ v int }

func (t *T) Get() int { return t.v }

func (t T) Twice(k int) int { return t.v * k }

func main() {
	x := nil
	var t T
	fmt.Println(t.Twice(), t.Twice(1, 2), t.Get(1))
	if t == nil {
	}
	var p *T = &t
	fmt.Println(p.Missing, len(nil))
	var arr []int = nil
	var m map[string]int = nil
	m = append(m, 1)
	_, _ = x, arr
}

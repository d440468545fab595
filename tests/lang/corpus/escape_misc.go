package main

import "fmt"

type Matrix [][]float64

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func newMatrix(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}

func byValue(s Stack) int { return len(s.items) }

func store(m map[string]*Stack, k string) {
	m[k] = &Stack{}
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop(), byValue(s))
	m := newMatrix(3)
	reg := map[string]*Stack{}
	store(reg, "a")
	arr := [2]*int{}
	x := 5
	arr[0] = &x
	fmt.Println(len(m), len(reg), *arr[0])
}

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l List) Len() int {
	return l.size
}

func NewList() *List {
	return &List{}
}

func values(l *List) []int {
	out := []int{}
	for n := l.head; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func main() {
	l := NewList()
	l.Push(1)
	l.Push(2)
	var local List
	local.Push(3)
	fmt.Println(l.Len(), local.Len(), values(l))
}

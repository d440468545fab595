package main

type Node struct {
	val  int
	next *Node
}

var head *Node

func push(n *Node) {
	n.next = head
	head = n
}

func first(n *Node) *Node {
	return n.next
}

func value(n *Node) int {
	return n.val
}

func self(n *Node) *Node {
	return n
}

func (n *Node) Val() int {
	return n.val
}

func (n *Node) Leak() {
	head = n
}

func (n Node) Copy() Node {
	return n
}

func main() {
	a := &Node{val: 1}
	push(a)
	b := Node{val: 2}
	_ = first(&b)
	_ = value(&b)
	_ = self(&b)
	c := Node{val: 3}
	_ = c.Val()
	d := Node{val: 4}
	d.Leak()
	_ = b.Copy()
}

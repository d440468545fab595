package main

type P struct {
	x, y int
}

func (p P) Sum() int { return p.x + p.y }

func main() {
	p := P{x: 1, x: 2}
	q := P{1, y: 2}
	r := &P{}
	r.z = 3
	_ = p.sum()
	var t int = p
	_, _, _ = q, r, t
}

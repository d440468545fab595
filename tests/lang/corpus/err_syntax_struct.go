package main

type P struct {
	x int
	y
}

func main() {
	p := P{x: 1, 2}
	_ = p
}

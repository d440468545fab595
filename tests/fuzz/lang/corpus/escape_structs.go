package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B *Point
}

var saved *Line

func newPoint(x, y int) *Point {
	return &Point{x, y}
}

func keep(l *Line) {
	saved = l
}

func mid(l Line) Point {
	return Point{(l.A.X + l.B.X) / 2, (l.A.Y + l.B.Y) / 2}
}

func (p *Point) Move(dx int) {
	p.X += dx
}

func (p Point) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

func main() {
	a := newPoint(1, 2)
	b := Point{3, 4}
	l := Line{a, &b}
	m := mid(l)
	m.Move(1)
	keep(&Line{a, a})
	fmt.Println(m.String())
	arr := [3]Point{}
	ps := arr[:]
	ps[0].X = 1
	fmt.Println(len(ps))
}

package main

import "fmt"

type Punto struct{ X, Y int }

func main() {
	a := new(int)
	b := new(0)
	fmt.Println(*a == *b)
	c := new(Punto)
	d := new(Punto{})
	e := &Punto{}
	fmt.Println(*c == *d, *d == *e)
	f := new(Punto{3, 4})
	fmt.Println(*f, f.X+f.Y)
	g := new(int64(7))
	fmt.Printf("%T %v\n", g, *g)
	h := new([3]int{1, 2, 3})
	h[0] = 9
	fmt.Println(*h, len(h))
	r := new('x')
	fmt.Printf("%T %c\n", r, *r)
	k := new(1 << 10)
	fmt.Println(*k)
}

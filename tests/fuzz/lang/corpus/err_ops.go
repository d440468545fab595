package main

import "fmt"

func main() {
	a := "x" * 2
	b := !5
	c := 1 / 0
	var s []int
	var t []int
	d := s == t
	e := -"s"
	f := 3
	f.x = 1
	g := &5
	fmt.Println(a, b, c, d, e, g)
}

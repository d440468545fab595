package main

import "fmt"

type Punto struct{ x, y int }

func main() {
	var a, b any
	fmt.Println(a == b, a == nil)
	a = 5
	b = 5
	fmt.Println(a == b)
	b = 5.0
	fmt.Println(a == b)
	a = "hola"
	b = "hola"
	fmt.Println(a == b)
	a = Punto{1, 2}
	b = Punto{1, 2}
	fmt.Println(a == b)
	p := &Punto{1, 2}
	q := &Punto{1, 2}
	a, b = p, q
	fmt.Println(a == b)
	b = p
	fmt.Println(a == b)
	var e1, e2 error
	fmt.Println(e1 == e2)
	a = nil
	fmt.Println(a == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
}

package main

import "fmt"

type Persona struct{ nombre string }

func main() {
	var s []int
	var m map[string]int
	var p *Persona
	var e error
	var i any
	var f func()
	fmt.Println(s, m, p, e, i, f == nil)
	fmt.Printf("%v %v %v %v %v\n", s, m, p, e, i)
	fmt.Printf("%+v %#v\n", s, s)
	fmt.Printf("%#v %#v\n", m, p)
	fmt.Printf("%#v %#v\n", e, i)
	fmt.Printf("%d %s\n", s, s)
	fmt.Printf("%T %T %T %T %T\n", s, m, p, e, i)
	fmt.Println(len(s), len(m), cap(s))
	fmt.Printf("[%5v] [%-5v]\n", s, m)
}

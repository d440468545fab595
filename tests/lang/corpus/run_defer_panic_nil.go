package main

import "fmt"

type Persona struct {
	nombre string
}

func sinPanic() {
	defer func() {
		fmt.Println("recover sin panic:", recover())
	}()
	fmt.Println("todo bien")
}

func main() {
	sinPanic()
	defer func() {
		r := recover()
		fmt.Println("recover:", r, r == nil)
		fmt.Printf("%T\n", r)
		p, ok := r.(*Persona)
		fmt.Println(ok, p == nil)
	}()
	var p *Persona
	panic(p)
}

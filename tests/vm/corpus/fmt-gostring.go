package main

import "fmt"

type Color int

func (c Color) String() string   { return "rojo" }
func (c Color) GoString() string { return "Color(rojo)" }

type Caja struct {
	Tono Color
	alto int
}

type Mala struct{}

func (Mala) GoString() string { panic("mal") }

func main() {
	c := Color(1)
	fmt.Printf("%v %#v %s %d [%#15v] [%-#14v]\n", c, c, c, c, c, c)
	fmt.Printf("%#v %+v %#v\n", Caja{c, 2}, Caja{c, 2}, []Color{1, 2})
	fmt.Printf("%#v %v\n", Mala{}, Mala{})
	fmt.Printf("%#v\n", map[Color]Color{1: 2})
}

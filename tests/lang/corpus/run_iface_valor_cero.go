package main

import "fmt"

type Forma interface {
	Area() float64
}

type Circulo struct{ r float64 }

func (c *Circulo) Area() float64 {
	if c == nil {
		return -1
	}
	return 3 * c.r * c.r
}

func main() {
	var f Forma
	fmt.Println(f == nil)
	fmt.Printf("%v %T\n", f, f)
	var c *Circulo
	f = c
	fmt.Println(f == nil, f.Area())
	fmt.Printf("%v %T\n", f, f)
	f = &Circulo{2}
	fmt.Println(f.Area())
	formas := make([]Forma, 3)
	formas[1] = &Circulo{1}
	for i, fo := range formas {
		if fo == nil {
			fmt.Println(i, "vacia")
			continue
		}
		fmt.Println(i, fo.Area())
	}
}

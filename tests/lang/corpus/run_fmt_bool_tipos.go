package main

import "fmt"

type Persona struct {
	Nombre string
	Edad   int
}

func main() {
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%T %T %T %T %T\n", 1, 1.5, "s", 'r', true)
	fmt.Printf("%T %T %T\n", []int{}, map[string]bool{}, [3]int{})
	fmt.Printf("%T %T %T\n", Persona{}, &Persona{}, []*Persona{})
	fmt.Printf("%T %T\n", func(int) string { return "" }, struct{ x int }{})
	fmt.Printf("%T %T %T\n", int8(1), uint(2), complex(1, 2))
	fmt.Printf("%T %T\n", byte(1), rune(1))
	var e error = fmt.Errorf("x")
	fmt.Printf("%T\n", e)
	fmt.Printf("%v %%v %%%d\n", 1, 2)
}

package main

import "fmt"

func main() {
	var a [4]int
	b := [...]string{"x", "y", "z"}
	c := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	d := [3]*int{}
	e := [2]bool{true}
	fmt.Println(a, b, c, len(d), e)
	fmt.Printf("%v %v\n", a, b)
	fmt.Printf("%d %q\n", a, b)
	fmt.Printf("%+v %#v\n", c, c)
	fmt.Printf("%#v\n", b)
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Printf("%3d|%-3d|\n", a, [2]int{7, 8})
	fmt.Printf("%05.1f\n", [2]float64{1.25, -2.5})
	fmt.Printf("%v\n", [0]int{})
}

package main

import "fmt"

func two(a int, b string) {}

func vari(a int, rest ...string) {}

func main() {
	two()
	two("x", 1)
	vari()
	vari(1, "a", 2)
	x := 5
	x()
	fmt.Println(two(1, "a"))
	var f func(int) int
	y := f("s")
	fmt.Println(y)
}

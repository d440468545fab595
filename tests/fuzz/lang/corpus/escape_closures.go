package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	c := counter()
	fmt.Println(c(), c())
	total := 0
	add := func(v int) { total += v }
	add(3)
	fmt.Println(apply(func(x int) int { return x * 2 }, 4), total)
	a := adder(10)
	fmt.Println(a(1))
	big := [200]int{}
	show := func() int { return big[0] }
	fmt.Println(show())
}

package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure ve i =", i) }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("argumento n =", n) }(i)
	}
	total := 0
	for _, v := range []int{10, 20, 30} {
		defer func() { total += v; fmt.Println("total parcial", total) }()
	}
	fmt.Println("fin del main, total =", total)
}

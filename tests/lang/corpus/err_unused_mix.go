package main

import "fmt"

func main() {
	x := 1
	y := 2
	x = 3
	for i := 0; i < 2; i++ {
		z := i
	}
	f := func() {
		w := 1
	}
	fmt.Println(y)
}

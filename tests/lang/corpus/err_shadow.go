package main

import "fmt"

func main() {
	x := 1
	if x := 2; x > 1 {
		y := 3
	}
	for _, v := range []int{1} {
	}
	var unusedArr [3]int
	fmt.Println(x)
}

package main

import "fmt"

func main() {
	for i, j := range 10 {
		fmt.Println(i, j)
	}
	var f float64 = 2.5
	for i := range f {
		fmt.Println(i)
	}
	p := &[]int{1, 2}
	for i := range p {
		fmt.Println(i)
	}
}

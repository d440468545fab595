package main

import "fmt"

func main() {
	x := 3.5
	for i := range x {
		fmt.Println(i)
	}
	for a, b := range 10 {
		fmt.Println(a, b)
	}
	var p *int
	for range p {
	}
}

package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	p := P{7, "x"}
	fmt.Printf("[%10v]\n", p)
	fmt.Printf("[%-10v]\n", p)
	fmt.Printf("[%5d]\n", p)
	fmt.Printf("[%05d]\n", []int{1, 22})
	fmt.Printf("[%6.2f]\n", []float64{1, 2.345})
	fmt.Printf("[%4s]\n", []string{"a", "bb"})
	fmt.Printf("[%-4v]\n", map[string]int{"k": 1})
	fmt.Printf("[%x]\n", p)
	fmt.Printf("[%q]\n", p)
	fmt.Printf("[%3v]\n", &p)
}

package main

import "fmt"

var llamadas int

func datos() []int {
	llamadas++
	return []int{5, 10, 15}
}

func main() {
	for i, v := range datos() {
		fmt.Println(i, v)
	}
	fmt.Println("llamadas:", llamadas)
	total := 0
	for _, v := range [...]int{1, 2, 3} {
		total += v
	}
	fmt.Println(total)
	for i := range []string{"a", "b"} {
		fmt.Print(i)
	}
	fmt.Println()
	for _, r := range []rune("ñu") {
		fmt.Printf("%c", r)
	}
	fmt.Println()
	for _, b := range []byte("ñu") {
		fmt.Printf("%d ", b)
	}
	fmt.Println()
}

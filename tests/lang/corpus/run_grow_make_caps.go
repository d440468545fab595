package main

import "fmt"

func crecer(c int) {
	s := make([]int, 0, c)
	fmt.Printf("c=%d:", c)
	prev := cap(s)
	for i := 0; i < 40; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf(" %d->%d", len(s), cap(s))
			prev = cap(s)
		}
	}
	fmt.Println()
}

func main() {
	for _, c := range []int{0, 1, 2, 3, 5, 7, 10, 13, 20} {
		crecer(c)
	}
}

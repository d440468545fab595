package main

import "fmt"

func main() {
	// ternas pitagoricas con a < b < c <= 30, cortando al encontrar 6
	cantidad := 0
	var ternas [][3]int
A:
	for a := 1; a <= 30; a++ {
		for b := a + 1; b <= 30; b++ {
			for c := b + 1; c <= 30; c++ {
				if a*a+b*b == c*c {
					ternas = append(ternas, [3]int{a, b, c})
					cantidad++
					if cantidad == 6 {
						break A
					}
					continue A
				}
			}
		}
	}
	fmt.Println(ternas)
	fmt.Println(cantidad, len(ternas), cap(ternas))
}

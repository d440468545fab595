package main

import "fmt"

func main() {
	i := 0
inicio:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto inicio
	}
	fmt.Println()

	n := 27
	pasos := 0
collatz:
	if n == 1 {
		goto fin
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	pasos++
	goto collatz
fin:
	fmt.Println("pasos:", pasos)
}

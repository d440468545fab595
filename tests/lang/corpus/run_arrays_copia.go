package main

import "fmt"

func duplicar(a [5]int) [5]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func duplicarPtr(a *[5]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	original := [5]int{1, 2, 3, 4, 5}
	copia := original
	copia[0] = 100
	fmt.Println(original, copia)
	d := duplicar(original)
	fmt.Println(original, d)
	duplicarPtr(&original)
	fmt.Println(original)
	s := original[:]
	s[4] = -1
	fmt.Println(original, len(s), cap(s))
}

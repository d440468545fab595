package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil, len(s), cap(s))
	s = append(s, []int{}...)
	fmt.Println(s == nil, len(s), cap(s))
	s = append([]int{}, s...)
	fmt.Println(s == nil, len(s), cap(s))

	base := []int{1, 2, 3}
	copia := append([]int(nil), base...)
	copia[0] = 100
	fmt.Println(base, copia, len(copia), cap(copia))

	otra := append(base[:1], 9)
	fmt.Println(base, otra)

	clon := append(base[:0:0], base...)
	clon[1] = -2
	fmt.Println(base, clon, cap(clon))
}

package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -1.5))
	fmt.Println(min("pera", "manzana", "uva"), max("pera", "manzana", "uva"))
	notas := []int{7, 3, 9, 5}
	mn, mx := notas[0], notas[0]
	for _, n := range notas {
		mn = min(mn, n)
		mx = max(mx, n)
	}
	fmt.Println(mn, mx)
	var a int8 = 100
	var b int8 = -100
	fmt.Println(min(a, b), max(a, b, 50))
	const c = min(1, 2.5, 3)
	fmt.Println(c)
	fmt.Println(max(5))
	x := 10
	x = min(x, 4)
	fmt.Println(x)
}

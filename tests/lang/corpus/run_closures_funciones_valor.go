package main

import "fmt"

func aplicar(xs []int, f func(int) int) []int {
	r := make([]int, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func filtrar(xs []int, pred func(int) bool) []int {
	var r []int
	for _, x := range xs {
		if pred(x) {
			r = append(r, x)
		}
	}
	return r
}

func reducir(xs []int, inicial int, f func(int, int) int) int {
	acc := inicial
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	cuadrados := aplicar(nums, func(x int) int { return x * x })
	pares := filtrar(cuadrados, func(x int) bool { return x%2 == 0 })
	suma := reducir(pares, 0, func(a, b int) int { return a + b })
	fmt.Println(cuadrados, pares, suma)
	umbral := 20
	grandes := filtrar(cuadrados, func(x int) bool { return x > umbral })
	fmt.Println(grandes, len(grandes), cap(grandes))
	var op func(int, int) int
	fmt.Println(op == nil)
	op = func(a, b int) int { return a * b }
	fmt.Println(reducir(nums, 1, op))
}

package main

import "fmt"

func memoizar(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	aciertos := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				aciertos++
				return v
			}
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return aciertos
		}
}

func lento(n int) int {
	s := 0
	for i := 0; i <= n; i++ {
		s += i * i
	}
	return s
}

func main() {
	rapido, aciertos := memoizar(lento)
	for _, n := range []int{10, 20, 10, 30, 20, 10} {
		fmt.Println(n, rapido(n))
	}
	fmt.Println("aciertos:", aciertos())
}

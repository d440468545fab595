package main

import "fmt"

var memo = map[int]int{}
var llamadas int

func fib(n int) int {
	llamadas++
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	r := fib(n-1) + fib(n-2)
	memo[n] = r
	return r
}

func main() {
	fmt.Println(fib(40), llamadas, len(memo))
	llamadas = 0
	fmt.Println(fib(45), llamadas, len(memo))
	fmt.Println(memo[10], memo[20], memo[30])
}

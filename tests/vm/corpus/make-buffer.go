package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func suma(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	x := suma(4)
	runtime.ReadMemStats(&b)
	fmt.Println(x, b.Mallocs-a.Mallocs)
	runtime.ReadMemStats(&a)
	y := suma(100)
	runtime.ReadMemStats(&b)
	fmt.Println(y, b.Mallocs-a.Mallocs)
}

package main

import "fmt"

func build(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func literal() int {
	s := []int{1, 2, 3}
	return sum(s)
}

func mapUse() int {
	m := make(map[string]int)
	m["a"] = 1
	return len(m)
}

func concat(a, b string) string {
	return a + b
}

func bytes(s string) int {
	b := []byte(s)
	return len(b)
}

func main() {
	fmt.Println(sum(build(10)), literal(), mapUse(), concat("a", "b"), bytes("xyz"))
}

package main

import "fmt"

type T struct{ x int }

func f(a, b int) int { return a + b }
func g() int         { return 1 }
func h() (int, int)  { return 1, 2 }

func main() {
	var s string = "a"
	i := 1
	fmt.Println(i + s)
	var k string = i
	k = i
	f(1)
	f(1, 2, 3)
	a, b := g()
	fmt.Println(k, a, b)
}

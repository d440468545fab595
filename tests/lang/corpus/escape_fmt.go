package main

import "fmt"

type P struct {
	name string
	age  int
}

func main() {
	n := 1000
	s := "hola"
	f := 2.5
	b := true
	p := P{"Ana", 30}
	pp := &P{"Luis", 40}
	m := map[string]int{"a": 1}
	sl := []int{1, 2, 3}
	fmt.Println(n, s, f, b)
	fmt.Println(p, pp)
	fmt.Printf("%v %d\n", m, len(sl))
	fmt.Println(sl[0] + n)
	msg := fmt.Sprintf("%s-%d", s, n)
	fmt.Println(msg)
	fmt.Print("x", 255, 256, "\n")
	n++
	fmt.Println(n)
}

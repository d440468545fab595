package main

import "fmt"

type T struct {
	Name string
	age  int
}

func (t *T) Set(n string) { t.Name = n }

func main() {
	t := T{Name: "a", age: 1}
	fmt.Println(t.name)
	t.set("b")
	x := 5
	x := 6
	var s []int
	s.Len()
	s = append(1, 2)
	n := len(5)
	fmt.Println(s, n, x)
	break
}

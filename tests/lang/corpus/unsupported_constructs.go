package main

import "fmt"

type Shape interface {
	Area() float64
}

type Base struct{ id int }

type Derived struct {
	Base
	name string
}

func init() {}

func main() {
	var x any = 3
	switch v := x.(type) {
	case int:
		fmt.Println(v)
	}
	n := x.(int)
	c := 1 + 2i
	ch := make(chan int, 1)
	close(ch)
	goto end
end:
	f := Base.String
	defer func() { recover() }()
	fmt.Println(n, c, f)
}

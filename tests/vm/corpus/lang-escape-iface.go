package main

import "fmt"

type Animal struct{ name string }

func describe(v any) string {
	return fmt.Sprint(v)
}

func box(x int) any {
	return x
}

func main() {
	a := Animal{"gato"}
	fmt.Println(describe(a))
	fmt.Println(describe(&a))
	var i any = 42
	var j any = a
	fmt.Println(i, j, box(7))
	err := fmt.Errorf("bad %d", 3)
	fmt.Println(err)
	fmt.Printf("%T %v %p\n", a, a.name, &a)
}

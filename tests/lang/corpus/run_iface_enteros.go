package main

import "fmt"

type Codigo int

func (c Codigo) String() string {
	return fmt.Sprintf("COD-%04d", int(c))
}

func main() {
	var i any = 42
	var j any = int64(42)
	var k any = Codigo(42)
	fmt.Println(i, j, k)
	fmt.Printf("%v %v %v\n", i, j, k)
	fmt.Printf("%d %d %d\n", i, j, k)
	fmt.Printf("%T %T %T\n", i, j, k)
	fmt.Println(i == j, i == 42, k == Codigo(42))
	n, ok := j.(int)
	fmt.Println(n, ok)
	m, ok := j.(int64)
	fmt.Println(m, ok)
	var s fmt.Stringer = Codigo(7)
	fmt.Println(s, s.String())
	fmt.Printf("%x %s %q\n", k, k, k)
}

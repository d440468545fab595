package main

import "fmt"

type T struct{ a, b int }

var gp *int
var sink []int

func retAddr() *int {
	x := 42
	return &x
}

func retNew() *int {
	return new(int)
}

func retPtrLit() *T {
	return &T{1, 2}
}

func localNew() int {
	p := new(int)
	*p = 3
	return *p
}

func storeGlobal() {
	y := 1
	gp = &y
}

func identity(p *int) *int { return p }

func deref(p *int) int { return *p }

func storeParam(p *int) { gp = p }

func bigMake() {
	b := make([]byte, 65537)
	_ = b
}

func smallMake() {
	b := make([]byte, 1024)
	_ = b
}

func bigVar() {
	var a [200000]byte
	_ = a
}

func varMake(n int) {
	s := make([]int, n)
	_ = s
}

func closure() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func localClosure() int {
	c := 0
	f := func() { c++ }
	f()
	return c
}

func printIt() {
	x := 3
	fmt.Println(x)
}

func toIface(v int) any {
	return any(v)
}

func appendGlobal(i int) {
	sink = append(sink, i)
}

func appendLocal() int {
	var s []int
	s = append(s, 1, 2, 3)
	return len(s)
}

func main() {
	_ = retAddr()
	_ = retNew()
	_ = retPtrLit()
	_ = localNew()
	storeGlobal()
	v := 7
	_ = identity(&v)
	_ = deref(&v)
	bigMake()
	smallMake()
	bigVar()
	varMake(10)
	_ = closure()
	_ = localClosure()
	printIt()
	_ = toIface(5)
	appendGlobal(1)
	_ = appendLocal()
}

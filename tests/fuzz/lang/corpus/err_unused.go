package main

import (
	"fmt"
	"runtime"
)

func main() {
	a := 1
	var b string
	c, d := 1, 2
	fmt.Println(c)
	_ = d
}

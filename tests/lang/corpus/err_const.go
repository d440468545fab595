package main

import "fmt"

const big = 1 << 70

func main() {
	var y int = big
	z := 5
	z = "s"
	var q float64 = "s"
	var b byte = 255 + 1
	const c uint8 = 255
	d := c + 1
	e := uint8(300)
	fmt.Println(y, z, q, b, d, e)
}

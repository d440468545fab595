package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt, math.MinInt)
	var x int = math.MaxInt
	x++
	fmt.Println(x == math.MinInt)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint)
	fmt.Println(7/2, -7/2, 7%3, -7%3)
	fmt.Println(math.MaxInt8+1, int8(math.MaxInt8))
	var y int16 = math.MaxInt16
	y += 2
	fmt.Println(y)
	a, b := 1<<62, 4
	fmt.Println(a*b, a*2)
	fmt.Println(int(math.Floor(7.9)), int(math.Round(-7.5)))
	var octeto uint8 = math.MaxUint8
	octeto++
	fmt.Println(octeto)
}

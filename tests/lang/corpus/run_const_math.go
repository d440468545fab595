package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64)
	fmt.Println(math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MaxUint16)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	fmt.Println(math.MaxUint32)
	fmt.Println(math.MaxInt)
	var i int64 = math.MaxInt64
	i++
	fmt.Println(i)
	fmt.Println(math.Pi, math.E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32)
}

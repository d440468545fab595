package main

import "fmt"

const KB = 1 << 10

func main() {
	x := 1 << 64
	var y int64 = 1 << 63
	const grande = 1 << 100
	var memoria int32 = 4 * KB * KB * KB
	fmt.Println(x, y, grande, memoria)
	var ok int64 = 1<<63 - 1
	fmt.Println(ok)
	fmt.Println(grande >> 98)
}

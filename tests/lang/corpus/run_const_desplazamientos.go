package main

import "fmt"

func main() {
	const uno = 1
	fmt.Println(uno<<0, uno<<1, uno<<10, uno<<62)
	var s uint = 3
	fmt.Println(1<<s, 5>>1, -8>>1)
	var b byte = 1
	fmt.Println(b<<7, b<<8)
	var i int32 = 1
	fmt.Println(i<<31, i<<32)
	var u uint8 = 200
	fmt.Println(u>>3, u<<1)
	x := 0xFF
	fmt.Printf("%b %b %b\n", x, x>>4, x<<4)
	fmt.Println(^0, ^uint8(0), -1<<3)
	const mascara = 1<<8 - 1
	fmt.Println(mascara, 0x1234&mascara)
	fmt.Println(6&3, 6|3, 6^3, 6&^3)
}

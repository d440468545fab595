package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	var b uint64 = 18446744073709551615
	var c int8 = -128
	fmt.Println(a, b, c)
	fmt.Printf("%d %x %X\n", a, a, b)
	fmt.Printf("%b\n", c)
	fmt.Printf("%x %X %#x\n", -255, -255, -255)
	fmt.Printf("%o %#o %O\n", 8, 8, 8)
	fmt.Printf("%20d|%-20d|\n", a, a)
	fmt.Printf("%+020d\n", 42)
	fmt.Printf("%-08d|\n", 42)
	fmt.Printf("%x %X\n", 3.5, 1.0)
	fmt.Printf("%.3x\n", 7)
	fmt.Printf("%8.3d|\n", 7)
	fmt.Printf("%d\n", []int8{-1, 2})
	fmt.Printf("%x\n", []int{10, 255})
}

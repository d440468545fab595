package main

import "fmt"

func main() {
	const c = 300
	var f float64 = c
	var i int = c
	var u uint16 = c
	fmt.Println(f, i, u)
	x := 300
	fmt.Println(byte(x), int8(x), uint16(x))
	y := -1
	fmt.Println(uint8(y), uint32(y), uint64(y))
	z := 3.99
	fmt.Println(int(z), int(-z))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	var r rune = '\u00f1'
	fmt.Println(r, string(r), byte(r))
	big := 1 << 40
	fmt.Println(int32(big), int64(big))
	fmt.Println(string(rune(65)), string(rune(0x1F600)))
}

package main

import "fmt"

func main() {
	clave := "GoMemLab"
	fmt.Printf("%x\n", clave)
	fmt.Printf("%X\n", clave)
	fmt.Printf("% x\n", clave)
	fmt.Printf("%#x\n", clave)
	fmt.Printf("%# x\n", clave)
	fmt.Printf("%x\n", []byte(clave[:4]))
	fmt.Printf("%10x|\n", "ab")
	fmt.Printf("%-10x|\n", "ab")
	fmt.Printf("%.2x\n", "abcdef")
	fmt.Printf("%x\n", "")
	fmt.Printf("%X\n", []byte{0, 15, 16, 255})
	fmt.Printf("%x\n", [3]byte{1, 2, 3})
	fmt.Printf("%s\n", [3]byte{72, 105, 33})
}

package main

import "fmt"

func main() {
	const (
		Hex    = 0xFF
		Octal  = 0o755
		Viejo  = 0644
		Binar  = 0b1010_1010
		Grande = 1_000_000
	)
	fmt.Println(Hex, Octal, Viejo, Binar, Grande)
	fmt.Printf("%x %o %b %d\n", Hex, Octal, Binar, Grande)
	fmt.Printf("%#x %#o %#b\n", Hex, Octal, Binar)
	fmt.Println(0x1p4, 0x1.8p1)
	fmt.Println('a', '\n', '\x41', '\u00f1')
	fmt.Println("\x48\x6f\x6c\x61", "\u00e1rbol")
}

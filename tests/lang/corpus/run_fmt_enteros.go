package main

import "fmt"

func main() {
	edades := []int{7, 23, 150, -4, 0}
	for _, e := range edades {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d]\n", e, e, e, e, e)
	}
	n := 255
	fmt.Printf("%x %X %o %O %b\n", n, n, n, n, n)
	fmt.Printf("%#x %#X %#o %#b\n", n, n, n, n)
	fmt.Printf("%08b|%-8x|%8X\n", 5, 255, 3054)
	fmt.Printf("%c %c %c\n", 65, 0xF1, 0x263A)
	fmt.Printf("%q %q\n", 'x', 0x00e9)
	fmt.Printf("%U %#U\n", 0x1F600, '\u00f1')
	fmt.Printf("% d|% d\n", 5, -5)
	var u8 uint8 = 200
	var i8 int8 = -100
	fmt.Printf("%d %x %d %x\n", u8, u8, i8, i8)
}

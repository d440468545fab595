package main

import "fmt"

type Codigo uint16

func main() {
	edades := []int{0, 7, -7, 255, -1234567}
	for _, e := range edades {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%.3d] [%8.3d] [%-8.3d] [%08.3d]\n",
			e, e, e, e, e, e, e, e, e, e, e)
		fmt.Printf("[%b] [%#b] [%o] [%#o] [%O] [%x] [%#x] [%X] [%#X] [%#08x] [%+x] [% x]\n",
			e, e, e, e, e, e, e, e, e, e, e, e)
	}
	fmt.Printf("[%.0d] [%5.0d] [%.0d]\n", 0, 0, 3)
	var chico int8 = -128
	var grande uint64 = 18446744073709551615
	var mayor int64 = -9223372036854775808
	fmt.Printf("%d %x %b %d %x %o %d %x\n", chico, chico, chico, grande, grande, grande, mayor, mayor)
	fmt.Printf("%v %#v %v %#v %T\n", Codigo(42), Codigo(42), uint8(200), uint8(200), Codigo(1))
	fmt.Printf("%#v %#v %#v\n", 10, -3, uintptr(16))
	// Runas.
	letras := []rune{'a', 'ñ', '\n', '\t', '\'', '"', '\\', 0, 7, 0x7f, 0x1F600, 0x10FFFF + 1, -1, 0xD800}
	for _, r := range letras {
		fmt.Printf("[%c] [%q] [%+q] [%#q] [%U] [%#U] [%5c] [%-6q]\n", r, r, r, r, r, r, r, r)
	}
	fmt.Printf("[%.6U] [%#10U] [%-10U] [%010U]\n", 'x', 'ñ', 0x41, 'z')
	fmt.Printf("%c%c%c %q\n", 72, 0x6f, 'l', byte('a'))
	fmt.Println('a', byte('b'), rune(0x1F600))
	fmt.Printf("%v %d %s\n", 'a', 'a', 'a')
}

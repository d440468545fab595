package main

import "fmt"

func main() {
	r := '\u00f1'
	b := byte('A')
	fmt.Println(r, b)
	fmt.Printf("%v %c %q %U %d %x\n", r, r, r, r, r, r)
	fmt.Printf("%v %c %q %d %x\n", b, b, b, b, b)
	runas := []rune("año")
	fmt.Println(runas)
	fmt.Printf("%c %q %U\n", runas, runas, runas)
	bs := []byte("año")
	fmt.Println(bs)
	fmt.Printf("%v %x %X %s %q\n", bs, bs, bs, bs, bs)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%q\n", '\'')
	fmt.Printf("%q %q %q\n", '\t', '\x00', rune(0x7f))
	fmt.Printf("%08b\n", b)
}

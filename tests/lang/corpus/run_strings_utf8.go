package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	palabras := []string{"hola", "año", "pingüino", "€100", "日本"}
	for _, p := range palabras {
		fmt.Printf("%-10s bytes=%d runas=%d\n", p, len(p), utf8.RuneCountInString(p))
	}
	for _, r := range []rune{'a', '\u00f1', '\u20ac', '\u65e5', 0x1F600} {
		fmt.Printf("%c %d\n", r, utf8.RuneLen(r))
	}
	s := "ñu"
	r, tam := utf8.DecodeRuneInString(s)
	fmt.Println(string(r), tam)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"))
	fmt.Println(utf8.RuneCount([]byte("café")))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '\u00e9')
	fmt.Println(buf, len(buf))
	fmt.Println(utf8.RuneError, utf8.UTFMax)
}

package main

import (
	"fmt"
	"strings"
)

const alfabeto = "abcdefghijklmnopqrstuvwxyz"

func vigenere(texto, clave string, signo int) string {
	var sb strings.Builder
	j := 0
	for _, r := range strings.ToLower(texto) {
		i := strings.IndexRune(alfabeto, r)
		if i < 0 {
			sb.WriteRune(r)
			continue
		}
		k := strings.IndexByte(alfabeto, clave[j%len(clave)])
		j++
		sb.WriteByte(alfabeto[(i+signo*k+26)%26])
	}
	return sb.String()
}

func main() {
	msg := "El Heap crece, el Stack tambien!"
	c := vigenere(msg, "memlab", 1)
	fmt.Println(c)
	fmt.Println(vigenere(c, "memlab", -1))
	fmt.Println(strings.Count(c, " "), len(c))
}

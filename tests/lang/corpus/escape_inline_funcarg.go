package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Una función que se pasa a strings.IndexFunc se inlina dentro de la copia de la librería.
func esDigito(r rune) bool { return r >= '0' && r <= '9' }

func esVocal(r rune) bool { return strings.ContainsRune("aeiou", r) }

func main() {
	fmt.Println(strings.IndexFunc("abc123", esDigito))
	fmt.Println(strings.TrimLeftFunc("123abc", esDigito))
	fmt.Println(strings.IndexFunc("xyz9", unicode.IsDigit))
	f := esVocal
	fmt.Println(strings.ContainsFunc("rst", f))
	fmt.Println(strings.IndexFunc("gato", esVocal))
}

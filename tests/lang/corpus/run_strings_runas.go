package main

import (
	"fmt"
	"strings"
)

func invertir(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	for _, s := range []string{"hola", "señor", "añejo café", ""} {
		fmt.Printf("%q -> %q\n", s, invertir(s))
	}
	s := "Ñandú"
	fmt.Println(s[0], s[1], string(s[0]), s[:2])
	runas := []rune(s)
	fmt.Println(runas[0], string(runas[0]), string(runas[:2]))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' || r == '\u00fa' {
			return '*'
		}
		return r
	}, s))
	var conteo [2]int
	for _, r := range "¿Qué tal, señora?" {
		if r < 128 {
			conteo[0]++
		} else {
			conteo[1]++
		}
	}
	fmt.Println(conteo)
}

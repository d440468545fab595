package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s, len(s))
	a := "memoria"
	b := a
	b += " dinamica"
	fmt.Println(a, "|", b)
	c := a[1:4]
	fmt.Println(c, len(c))
	fmt.Println(a < b, "abc" < "abd", "Z" < "a", "" < "a")
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	partes := []string{}
	for _, p := range strings.Split("uno dos tres", " ") {
		partes = append(partes, "<"+p+">")
	}
	fmt.Println(strings.Join(partes, ""))
	multi := `linea 1
	linea 2 con "comillas" y \n literal`
	fmt.Println(multi)
}

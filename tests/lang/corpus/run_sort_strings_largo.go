package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	palabras := strings.Fields("el recolector de basura de go marca y barre objetos del heap")
	sort.Slice(palabras, func(i, j int) bool {
		if len(palabras[i]) != len(palabras[j]) {
			return len(palabras[i]) < len(palabras[j])
		}
		return palabras[i] < palabras[j]
	})
	fmt.Println(palabras)
	unicas := palabras[:0]
	vistas := map[string]bool{}
	for _, p := range palabras {
		if !vistas[p] {
			vistas[p] = true
			unicas = append(unicas, p)
		}
	}
	fmt.Println(unicas, len(unicas))
	sort.Sort(sort.Reverse(sort.StringSlice(unicas)))
	fmt.Println(unicas)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

func firma(s string) string {
	r := []rune(strings.ToLower(s))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func main() {
	palabras := []string{"roma", "amor", "mora", "ramo", "pila", "lapi", "gato", "toga", "perro"}
	grupos := map[string][]string{}
	for _, p := range palabras {
		f := firma(p)
		grupos[f] = append(grupos[f], p)
	}
	var claves []string
	for k := range grupos {
		claves = append(claves, k)
	}
	sort.Strings(claves)
	for _, k := range claves {
		fmt.Println(k, grupos[k], len(grupos[k]))
	}
}

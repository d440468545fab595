package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	texto := "el gc de go es concurrente y el gc de go usa el algoritmo tricolor"
	conteo := make(map[string]int)
	for _, p := range strings.Fields(texto) {
		conteo[p]++
	}
	fmt.Println(len(conteo))
	fmt.Println(conteo)

	claves := make([]string, 0, len(conteo))
	for k := range conteo {
		claves = append(claves, k)
	}
	sort.Strings(claves)
	for _, k := range claves {
		if conteo[k] > 1 {
			fmt.Printf("%-6s %d\n", k, conteo[k])
		}
	}
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	texto := `La memoria del heap se libera con el GC.
El GC de Go es concurrente. La memoria del stack se libera
al salir de la funcion.`
	limpio := strings.NewReplacer(".", " ", ",", " ").Replace(strings.ToLower(texto))
	palabras := strings.Fields(limpio)
	fmt.Println("palabras:", len(palabras))
	conteo := map[string]int{}
	for _, p := range palabras {
		conteo[p]++
	}
	type par struct {
		p string
		n int
	}
	var pares []par
	for p, n := range conteo {
		pares = append(pares, par{p, n})
	}
	sort.Slice(pares, func(i, j int) bool {
		if pares[i].n != pares[j].n {
			return pares[i].n > pares[j].n
		}
		return pares[i].p < pares[j].p
	})
	for _, x := range pares[:6] {
		fmt.Printf("%-8s %d\n", x.p, x.n)
	}
	lineas := strings.Split(texto, "\n")
	fmt.Println("lineas:", len(lineas))
}

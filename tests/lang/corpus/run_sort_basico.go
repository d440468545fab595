package main

import (
	"fmt"
	"sort"
)

func main() {
	notas := []int{7, 3, 9, 1, 10, 4, 4, 8}
	sort.Ints(notas)
	fmt.Println(notas, sort.IntsAreSorted(notas))
	nombres := []string{"pepe", "Ana", "marcelo", "juan", "Beto", "ana"}
	sort.Strings(nombres)
	fmt.Println(nombres)
	reales := []float64{2.5, -1, 3.14, 0, 2.5}
	sort.Float64s(reales)
	fmt.Println(reales)
	i := sort.SearchInts(notas, 8)
	fmt.Println("8 en", i, notas[i])
	fmt.Println(sort.SearchInts(notas, 5))
	sort.Sort(sort.Reverse(sort.IntSlice(notas)))
	fmt.Println(notas)
}

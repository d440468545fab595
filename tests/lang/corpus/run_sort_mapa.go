package main

import (
	"fmt"
	"sort"
)

func main() {
	ventas := map[string]int{"lunes": 120, "martes": 95, "miercoles": 130, "jueves": 95, "viernes": 200}
	dias := make([]string, 0, len(ventas))
	for d := range ventas {
		dias = append(dias, d)
	}
	sort.Strings(dias)
	fmt.Println(dias)
	sort.Slice(dias, func(i, j int) bool {
		if ventas[dias[i]] == ventas[dias[j]] {
			return dias[i] < dias[j]
		}
		return ventas[dias[i]] > ventas[dias[j]]
	})
	for _, d := range dias {
		fmt.Printf("%-10s %d\n", d, ventas[d])
	}
	valores := []int{}
	for _, v := range ventas {
		valores = append(valores, v)
	}
	sort.Ints(valores)
	fmt.Println(valores, "mediana:", valores[len(valores)/2])
}

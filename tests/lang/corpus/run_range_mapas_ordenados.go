package main

import (
	"fmt"
	"sort"
)

func main() {
	precios := map[string]float64{
		"yerba":  1500,
		"azucar": 900,
		"cafe":   3200,
		"te":     800,
		"leche":  1100,
	}
	claves := make([]string, 0, len(precios))
	for k := range precios {
		claves = append(claves, k)
	}
	sort.Strings(claves)
	for _, k := range claves {
		fmt.Printf("%-7s %7.2f\n", k, precios[k])
	}
	sort.Slice(claves, func(i, j int) bool { return precios[claves[i]] < precios[claves[j]] })
	fmt.Println(claves)
	total := 0.0
	for _, v := range precios {
		total += v
	}
	fmt.Println("total:", total)
}

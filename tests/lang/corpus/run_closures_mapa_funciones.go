package main

import (
	"fmt"
	"sort"
)

func main() {
	operaciones := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	simbolos := []string{}
	for s := range operaciones {
		simbolos = append(simbolos, s)
	}
	sort.Strings(simbolos)
	for _, s := range simbolos {
		fmt.Printf("7 %s 2 = %g\n", s, operaciones[s](7, 2))
	}
	if f, ok := operaciones["%"]; !ok {
		fmt.Println("no hay modulo", f == nil)
	}
	historial := []string{}
	registrar := func(op string) func(float64, float64) float64 {
		f := operaciones[op]
		return func(a, b float64) float64 {
			historial = append(historial, fmt.Sprint(a, op, b))
			return f(a, b)
		}
	}
	suma := registrar("+")
	fmt.Println(suma(1, 2), suma(3, 4))
	fmt.Println(historial)
}

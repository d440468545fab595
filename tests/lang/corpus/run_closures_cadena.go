package main

import "fmt"

// Suma "currificada": cada llamada devuelve la siguiente función.
func sumar(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

type Filtro func([]int) []int

func mayoresQue(limite int) Filtro {
	return func(xs []int) []int {
		var r []int
		for _, x := range xs {
			if x > limite {
				r = append(r, x)
			}
		}
		return r
	}
}

func elegir(filtros map[string]Filtro, nombre string) Filtro {
	return filtros[nombre]
}

func main() {
	fmt.Println(sumar(1)(2)(3))
	fmt.Println(sumar(10)(20)(sumar(1)(1)(1)))

	filtros := map[string]Filtro{
		"grandes": mayoresQue(10),
		"todos":   mayoresQue(-1),
	}
	datos := []int{4, 15, 8, 23}
	fmt.Println(elegir(filtros, "grandes")(datos))
	fmt.Println(len(elegir(filtros, "todos")(datos)))
	fmt.Println(filtros["grandes"](datos))
}

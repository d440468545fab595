package main

import "fmt"

func main() {
	grafo := map[string][]string{
		"A": {"B", "C"},
		"B": {"D"},
		"C": {"D", "E"},
		"D": {"F"},
		"E": {"F"},
		"F": nil,
	}
	visitado := map[string]bool{}
	var orden []string
	var visitar func(n string)
	visitar = func(n string) {
		if visitado[n] {
			return
		}
		visitado[n] = true
		orden = append(orden, n)
		for _, v := range grafo[n] {
			visitar(v)
		}
	}
	visitar("A")
	fmt.Println(orden)
	fmt.Println(len(visitado), visitado)
	grados := map[string]int{}
	for _, vecinos := range grafo {
		for _, v := range vecinos {
			grados[v]++
		}
	}
	fmt.Println(grados)
}

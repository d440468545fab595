package main

import "fmt"

func probar(nombre string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", nombre, r, r)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *int
	s := []int{1, 2, 3}
	i, cero := 5, 0
	probar("indice", func() { s[i] = 1 })
	probar("negativo", func() { i = -1; fmt.Println(s[i]) })
	probar("rebanada", func() { fmt.Println(s[1:i+10]) })
	probar("rebanada3", func() { j := 1; fmt.Println(s[2:j:2]) })
	probar("mapa", func() { m["x"] = 1 })
	probar("puntero", func() { *p = 3 })
	probar("division", func() { fmt.Println(10 / cero) })
	probar("desplazamiento", func() { n := i - 10; fmt.Println(1 << n) })
	probar("makeslice", func() { fmt.Println(make([]int, i-10)) })
	probar("nada", func() {})
	fmt.Println("fin")
}

package main

import "fmt"

func seguro(nombre string, f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s fallo: %v\n", nombre, r)
			ok = false
		}
	}()
	f()
	return true
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	s := []int{1, 2, 3}
	idx := 10
	fmt.Println(seguro("mapa", func() { m["a"] = 1 }))
	fmt.Println(seguro("puntero", func() { p.x = 3 }))
	fmt.Println(seguro("slice", func() { s[idx] = 0 }))
	fmt.Println(seguro("conversion", func() {
		var a any = 3.5
		_ = a.(string)
	}))
	fmt.Println(seguro("nada", func() {}))
	fmt.Println(seguro("panic", func() { panic("a proposito") }))
}

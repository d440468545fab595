package main

import (
	"fmt"
	"sort"
)

type Conjunto map[string]struct{}

func (c Conjunto) Agregar(s string) { c[s] = struct{}{} }

func (c Conjunto) Contiene(s string) bool {
	_, ok := c[s]
	return ok
}

func (c Conjunto) Ordenado() []string {
	r := []string{}
	for k := range c {
		r = append(r, k)
	}
	sort.Strings(r)
	return r
}

func interseccion(a, b Conjunto) Conjunto {
	r := Conjunto{}
	for k := range a {
		if b.Contiene(k) {
			r.Agregar(k)
		}
	}
	return r
}

func main() {
	a := Conjunto{}
	b := Conjunto{}
	for _, s := range []string{"go", "c", "java", "python", "go"} {
		a.Agregar(s)
	}
	for _, s := range []string{"rust", "go", "python"} {
		b.Agregar(s)
	}
	fmt.Println(len(a), len(b), a.Ordenado(), b.Ordenado())
	fmt.Println(interseccion(a, b).Ordenado())
	fmt.Println(a.Contiene("c"), b.Contiene("c"))
	fmt.Println(b)
}

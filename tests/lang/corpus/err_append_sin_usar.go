package main

import "fmt"

type Lista struct {
	datos []int
}

func (l *Lista) Agregar(v int) {
	append(l.datos, v)
}

func main() {
	var lista []int
	for i := 0; i < 5; i++ {
		append(lista, i)
	}
	len(lista)
	l := &Lista{}
	l.Agregar(3)
	fmt.Println(lista, l.datos)
}

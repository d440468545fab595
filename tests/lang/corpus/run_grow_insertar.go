package main

import "fmt"

func insertar(s []int, pos, v int) []int {
	s = append(s, 0)
	copy(s[pos+1:], s[pos:])
	s[pos] = v
	return s
}

func borrar(s []int, pos int) []int {
	return append(s[:pos], s[pos+1:]...)
}

func main() {
	lista := []int{10, 20, 30, 40}
	fmt.Println(lista, len(lista), cap(lista))
	lista = insertar(lista, 2, 25)
	fmt.Println(lista, len(lista), cap(lista))
	lista = insertar(lista, 0, 5)
	fmt.Println(lista, len(lista), cap(lista))
	lista = borrar(lista, 3)
	fmt.Println(lista, len(lista), cap(lista))
	lista = insertar(lista, len(lista), 50)
	fmt.Println(lista, len(lista), cap(lista))
	for i := 0; i < 5; i++ {
		lista = insertar(lista, 1, i)
	}
	fmt.Println(lista, len(lista), cap(lista))
}

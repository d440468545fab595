package main

import "fmt"

type Nodo struct {
	Valor int
	Hijos []*Nodo
}

type Par struct {
	A, B *int
}

func main() {
	raiz := &Nodo{Valor: 1}
	fmt.Println(raiz)
	fmt.Printf("%v %+v\n", raiz, raiz)
	fmt.Println(*raiz)
	hoja := Nodo{Valor: 2}
	fmt.Println(hoja)
	fmt.Printf("%#v\n", hoja)
	arr := [2]Nodo{{Valor: 3}, {Valor: 4}}
	fmt.Println(arr)
	pa := &arr
	fmt.Println(pa)
	sl := []int{1, 2}
	psl := &sl
	fmt.Println(psl)
	m := map[string]int{"a": 1}
	pm := &m
	fmt.Println(pm)
	var nilNodo *Nodo
	fmt.Println(nilNodo)
	fmt.Printf("%+v\n", nilNodo)
}

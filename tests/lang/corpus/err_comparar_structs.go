package main

import "fmt"

type Inventario struct {
	items map[string]int
}

type Boletin struct {
	nombre string
	notas  [3][]int
}

type Evento struct {
	avisar func()
}

type Legajo struct {
	Boletin
	numero int
}

func main() {
	a, b := Inventario{}, Inventario{}
	fmt.Println(a == b)
	fmt.Println(Boletin{} != Boletin{})
	fmt.Println(Evento{} == Evento{})
	fmt.Println(Legajo{} == Legajo{})
	var notas [2][]int
	fmt.Println(notas == notas)
}

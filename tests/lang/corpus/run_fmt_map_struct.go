package main

import "fmt"

type Producto struct {
	Nombre string
	Precio float64
}

func main() {
	m := map[string]Producto{
		"b": {"Banana", 120.5},
		"a": {"Anana", 900},
	}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%#v\n", m)
	mp := map[int]*Producto{}
	fmt.Println(mp, len(mp))
	ms := map[string][]int{"x": {1, 2}, "y": nil}
	fmt.Println(ms)
	fmt.Printf("%#v\n", ms)
	mm := map[string]map[string]int{"ext": {"int": 1}}
	fmt.Println(mm)
	fmt.Printf("%v %d\n", map[int]bool{3: true, 1: false}, map[string]int{"z": 26, "a": 1})
}

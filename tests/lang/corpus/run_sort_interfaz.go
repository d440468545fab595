package main

import (
	"fmt"
	"sort"
)

type Producto struct {
	Nombre string
	Precio float64
}

type PorPrecio []Producto

func (p PorPrecio) Len() int           { return len(p) }
func (p PorPrecio) Less(i, j int) bool { return p[i].Precio < p[j].Precio }
func (p PorPrecio) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func main() {
	productos := []Producto{{"Cafe", 3200}, {"Te", 800}, {"Yerba", 1500}, {"Mate", 5000}}
	sort.Sort(PorPrecio(productos))
	fmt.Println(productos)
	fmt.Println(sort.IsSorted(PorPrecio(productos)))
	sort.Sort(sort.Reverse(PorPrecio(productos)))
	fmt.Println(productos)
	i := sort.Search(len(productos), func(i int) bool { return productos[i].Precio <= 1500 })
	fmt.Println(i, productos[i])
}

package main

import "fmt"

type Producto struct {
	nombre string
	stock  int
}

func main() {
	inventario := map[string]Producto{
		"A1": {"Yerba", 10},
	}
	inventario["A1"].stock = 5
	inventario["A1"].stock++
	fmt.Println(inventario)
}

package main

import "fmt"

type Producto struct {
	nombre string
	precio float64
	stock  int
}

func main() {
	inventario := map[string]*Producto{
		"A1": {"Yerba", 1500, 10},
		"B2": {"Cafe", 3200.5, 4},
		"C3": {"Te", 800, 0},
	}
	inventario["A1"].stock -= 3
	inventario["B2"].precio *= 1.10
	inventario["C3"].stock = 25

	p := inventario["A1"]
	p.nombre = "Yerba mate"

	for _, cod := range []string{"A1", "B2", "C3"} {
		pr := inventario[cod]
		fmt.Printf("%s %-10s %8.2f %3d\n", cod, pr.nombre, pr.precio, pr.stock)
	}
	fmt.Println(*inventario["A1"])
	if q, ok := inventario["Z9"]; !ok {
		fmt.Println("no existe Z9", q == nil)
	}
}

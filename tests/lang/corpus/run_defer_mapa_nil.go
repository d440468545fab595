package main

import "fmt"

type Inventario struct {
	nombre string
	items  map[string]int
}

func (inv *Inventario) Agregar(item string, n int) {
	inv.items[item] += n
}

func main() {
	var inv Inventario
	inv.nombre = "deposito"
	fmt.Println(inv.items == nil, len(inv.items), inv.items["x"])
	for k, v := range inv.items {
		fmt.Println(k, v)
	}
	// leer de un mapa nil funciona, escribir no
	inv.Agregar("tornillo", 10)
	fmt.Println("no llega")
}

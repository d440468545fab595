package main

import (
	"fmt"
	"sort"
)

type Item struct {
	nombre   string
	cantidad int
	precio   float64
}

type Inventario struct {
	items map[string]*Item
}

func NuevoInventario() *Inventario {
	return &Inventario{items: make(map[string]*Item)}
}

func (inv *Inventario) Agregar(cod, nombre string, cant int, precio float64) {
	if it, ok := inv.items[cod]; ok {
		it.cantidad += cant
		return
	}
	inv.items[cod] = &Item{nombre, cant, precio}
}

func (inv *Inventario) Quitar(cod string, cant int) bool {
	it, ok := inv.items[cod]
	if !ok || it.cantidad < cant {
		return false
	}
	it.cantidad -= cant
	if it.cantidad == 0 {
		delete(inv.items, cod)
	}
	return true
}

func main() {
	inv := NuevoInventario()
	inv.Agregar("t01", "tornillo", 100, 2.5)
	inv.Agregar("t02", "tuerca", 50, 1.25)
	inv.Agregar("t01", "tornillo", 20, 2.5)
	fmt.Println(inv.Quitar("t02", 50), inv.Quitar("t01", 500), inv.Quitar("x", 1))
	codigos := []string{}
	total := 0.0
	for c, it := range inv.items {
		codigos = append(codigos, c)
		total += float64(it.cantidad) * it.precio
	}
	sort.Strings(codigos)
	fmt.Println(codigos, len(inv.items), total)
	fmt.Println(*inv.items["t01"])
}

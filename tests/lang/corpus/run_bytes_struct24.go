package main

import "fmt"

// Producto ocupa 24 bytes: un int64, un float64 y un int32 con relleno
type Producto struct {
	codigo int64
	precio float64
	stock  int32
}

func agregar(lista []Producto, p Producto) []Producto {
	lista = append(lista, p)
	fmt.Printf("agregado %d: len=%d cap=%d\n", p.codigo, len(lista), cap(lista))
	return lista
}

func main() {
	var inventario []Producto
	for i := 1; i <= 12; i++ {
		inventario = agregar(inventario, Producto{int64(i), float64(i) * 1.5, int32(i * 10)})
	}
	valor := 0.0
	for _, p := range inventario {
		valor += p.precio * float64(p.stock)
	}
	fmt.Println("valor total:", valor)
	fmt.Printf("%+v\n", inventario[11])
}

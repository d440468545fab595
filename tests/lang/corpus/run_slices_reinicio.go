package main

import "fmt"

type Carrito struct {
	productos []string
	precios   []int
}

type Bolsa struct {
	items []int
}

func main() {
	// La primera vez que se agrega a una lista vacía, Go le da todo el buffer del stack;
	// en las vueltas siguientes del bucle ya está usado.
	for dia := 1; dia <= 3; dia++ {
		var ventas []int
		ventas = append(ventas, dia*100)
		ventas = append(ventas, dia*200)
		total := 0
		for i := 0; i < len(ventas); i++ {
			total += ventas[i]
		}
		fmt.Println("día", dia, "total", total, "len", len(ventas), "cap", cap(ventas))
	}

	// Reiniciar la lista: el segundo append es otro sitio, sin buffer.
	lista := make([]int, 0, 8)
	for i := 0; i < 3; i++ {
		lista = append(lista, i)
	}
	fmt.Println(len(lista), cap(lista))
	lista = nil
	lista = append(lista, 42)
	fmt.Println(len(lista), cap(lista))

	// Crecer desde make con capacidad y desde make con largo.
	pocos := make([]int, 0, 1)
	pocos = append(pocos, 1)
	pocos = append(pocos, 2)
	conLargo := make([]int, 3)
	conLargo = append(conLargo, 4)
	fmt.Println(cap(pocos), cap(conLargo))

	// El campo de un struct chico tiene un buffer por cada append...
	var b Bolsa
	b.items = append(b.items, 1)
	b.items = nil
	b.items = append(b.items, 2)
	fmt.Println(len(b.items), cap(b.items))
	// ...pero un struct más grande que cuatro palabras se actualiza en su lugar, sin buffer.
	var c Carrito
	c.productos = append(c.productos, "pan")
	c.precios = append(c.precios, 1500)
	c.precios = append(c.precios, 800)
	fmt.Println(len(c.productos), cap(c.productos), len(c.precios), cap(c.precios))

	// Si se toma la dirección de la variable, el append trabaja en su lugar, sin buffer.
	var bytes []byte
	p := &bytes
	bytes = append(bytes, 'x')
	*p = append(*p, 'y')
	fmt.Println(string(bytes), len(bytes), cap(bytes))
}

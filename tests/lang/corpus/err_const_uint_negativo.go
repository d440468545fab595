package main

import "fmt"

const descuento = -5

func main() {
	var precio uint = descuento
	fmt.Println(precio)
}

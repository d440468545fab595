package main

import "fmt"

var (
	precio    = costo() * 2
	impuestos = precio / 10
)

func costo() int { return impuestos + 5 }

func main() {
	fmt.Println(precio, impuestos)
}

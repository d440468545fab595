package main

import "fmt"

func recortar(datos []int, desde, hasta int) []int {
	fmt.Println("recortando", desde, hasta, "de cap", cap(datos))
	return datos[desde:hasta]
}

func main() {
	nombre := "Marcelo"
	fmt.Println(nombre[:3])
	datos := make([]int, 3, 5)
	// se puede extender hasta la capacidad
	fmt.Println(datos[:5], len(datos[:5]))
	fmt.Println(recortar(datos, 1, 4))
	fmt.Println(recortar(datos, 1, 6))
}

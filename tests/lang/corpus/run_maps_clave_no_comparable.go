package main

import "fmt"

// Una clave de tipo any puede guardar cualquier valor, pero un slice no se puede comparar:
// el mapa no puede calcular su hash y el programa entra en pánico.
func main() {
	visitas := map[any]int{}
	var k any = "inicio"
	visitas[k] = 1
	var n any = 42
	visitas[n] = 2
	fmt.Println(len(visitas), visitas[k], visitas[n])

	var ruta any = []int{1, 2, 3}
	visitas[ruta] = 3
	fmt.Println("no llega")
}

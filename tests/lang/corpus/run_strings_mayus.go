package main

import (
	"fmt"
	"strings"
)

func capitalizar(s string) string {
	palabras := strings.Fields(s)
	for i, p := range palabras {
		palabras[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
	}
	return strings.Join(palabras, " ")
}

func main() {
	fmt.Println(strings.ToUpper("gestión de memoria"))
	fmt.Println(strings.ToLower("STACK Y HEAP"))
	fmt.Println(capitalizar("  jUAN   gonzalez  de la PLATA "))
	fmt.Println(strings.Title("hola") == "Hola")
	fmt.Println(strings.ToUpper("ñandú"), strings.ToLower("ÁRBOL"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10))
	fmt.Printf("%q\n", strings.Repeat("x", 0))
}

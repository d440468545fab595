package main

import "fmt"

func main() {
	palabras := []string{"stack", "heap", "gc", "escape", "go", "memoria"}
	var cortas []string
	i := 0
siguiente:
	for i < len(palabras) {
		p := palabras[i]
		i++
		for _, c := range p {
			if c == 'e' {
				continue siguiente
			}
		}
		cortas = append(cortas, p)
	}
	fmt.Println(cortas)

	intentos := 0
reintentar:
	intentos++
	if intentos < 3 {
		fmt.Println("intento", intentos)
		goto reintentar
	}
	fmt.Println("listo tras", intentos)
}

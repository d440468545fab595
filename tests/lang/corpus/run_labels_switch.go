package main

import "fmt"

func main() {
	comandos := []string{"sumar", "sumar", "restar", "saltar", "sumar", "salir", "sumar"}
	total := 0
bucle:
	for i, c := range comandos {
		switch c {
		case "sumar":
			total += 10
		case "restar":
			total -= 3
		case "saltar":
			fmt.Println("salto en", i)
			continue bucle
		case "salir":
			fmt.Println("salida en", i)
			break bucle
		}
		fmt.Println(i, c, total)
	}
	fmt.Println("total:", total)

	x := 5
	switch {
	case x > 0:
		if x > 3 {
			fmt.Println("mayor a 3")
			break
		}
		fmt.Println("no se imprime")
	}
}

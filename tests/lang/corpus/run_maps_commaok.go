package main

import "fmt"

func main() {
	edades := map[string]int{
		"Marcelo": 27,
		"Pepe":    23,
		"Juan":    34,
	}
	for _, nombre := range []string{"Pepe", "Ana", "Juan"} {
		edad, ok := edades[nombre]
		if ok {
			fmt.Println(nombre, "tiene", edad, "anios")
		} else {
			fmt.Println(nombre, "no esta; valor cero:", edad)
		}
	}
	if _, ok := edades["Marcelo"]; ok {
		fmt.Println("Marcelo esta")
	}
	fmt.Println(edades["nadie"], len(edades))
	delete(edades, "Pepe")
	delete(edades, "nadie")
	fmt.Println(edades, len(edades))
}

package main

import "fmt"

type Boletin struct {
	Nombre string
	Notas  [20]int
}

func main() {
	boletines := map[string]Boletin{}
	for i, nombre := range []string{"Ana", "Luis", "Marta"} {
		var b Boletin
		b.Nombre = nombre
		for j := range b.Notas {
			b.Notas[j] = (i + j) % 10
		}
		boletines[nombre] = b
	}
	b := boletines["Luis"]
	b.Notas[0] = 10
	fmt.Println(boletines["Luis"].Notas[0], b.Notas[0])
	boletines["Luis"] = b
	notas := boletines["Luis"].Notas
	fmt.Println(notas[:5], len(boletines))

	grandes := map[[20]int]string{}
	grandes[b.Notas] = b.Nombre
	fmt.Println(grandes[b.Notas], grandes[[20]int{}] == "")
}

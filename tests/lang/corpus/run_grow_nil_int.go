package main

import "fmt"

func main() {
	var numeros []int
	fmt.Println(numeros == nil, len(numeros), cap(numeros))
	anterior := cap(numeros)
	for i := 0; i < 600; i++ {
		numeros = append(numeros, i)
		if cap(numeros) != anterior {
			fmt.Printf("len=%d cap=%d\n", len(numeros), cap(numeros))
			anterior = cap(numeros)
		}
	}
}

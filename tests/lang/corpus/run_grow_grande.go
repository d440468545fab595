package main

import "fmt"

func main() {
	var datos []int
	prev := 0
	crecimientos := 0
	for i := 0; i < 20000; i++ {
		datos = append(datos, i)
		if cap(datos) != prev {
			crecimientos++
			if prev > 0 {
				fmt.Printf("%6d -> %6d (x%.3f)\n", prev, cap(datos), float64(cap(datos))/float64(prev))
			}
			prev = cap(datos)
		}
	}
	fmt.Println("crecimientos:", crecimientos)
}

package main

import "fmt"

func main() {
	total := 0
	for vuelta := 0; vuelta < 15; vuelta++ {
		rejilla := make([][]int, 500)
		for i := range rejilla {
			rejilla[i] = make([]int, 100)
		}
		total += len(rejilla)
	}
	fmt.Println(total)
}

package main

import "fmt"

func main() {
	var numeros []int
	for i := 0; i < 3000000; i++ {
		numeros = append(numeros, i)
	}
	fmt.Println(len(numeros), cap(numeros))
}

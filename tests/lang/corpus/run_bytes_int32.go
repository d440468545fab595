package main

import "fmt"

func main() {
	var codigos []int32
	fmt.Println(len(codigos), cap(codigos))
	for i := int32(1); i <= 36; i++ {
		codigos = append(codigos, i*i)
		switch len(codigos) {
		case 1, 2, 3, 4, 5, 9, 17, 33, 36:
			fmt.Printf("len=%d cap=%d\n", len(codigos), cap(codigos))
		}
	}
	mitad := codigos[:len(codigos)/2]
	fmt.Println(len(mitad), cap(mitad))
	var total int32
	for _, c := range mitad {
		total += c
	}
	fmt.Println("total mitad:", total)

	copia := make([]int32, len(mitad))
	copy(copia, mitad)
	copia[0] = -1
	fmt.Println(mitad[0], copia[0])
}

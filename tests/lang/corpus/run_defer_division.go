package main

import "fmt"

func promedio(notas []int) int {
	suma := 0
	for _, n := range notas {
		suma += n
	}
	return suma / len(notas)
}

func main() {
	fmt.Println(promedio([]int{6, 8, 10}))
	fmt.Println(promedio(nil))
}

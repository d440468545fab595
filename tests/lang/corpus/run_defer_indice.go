package main

import "fmt"

func promedio(notas []int) int {
	suma := 0
	// error clasico: <= en lugar de <
	for i := 0; i <= len(notas); i++ {
		fmt.Println("sumando indice", i)
		suma += notas[i]
	}
	return suma / len(notas)
}

func main() {
	notas := []int{7, 8, 9}
	defer fmt.Println("defer se ejecuta antes de morir")
	fmt.Println("notas:", notas, len(notas), cap(notas))
	fmt.Println(promedio(notas))
}

package main

import "fmt"

func pasos() {
	defer fmt.Println("pasos: ultimo")
	defer fmt.Println("pasos: anteultimo")
	fmt.Println("pasos: cuerpo")
}

func main() {
	fmt.Println("inicio")
	defer fmt.Println("primer defer")
	defer fmt.Println("segundo defer")
	for i := 0; i < 4; i++ {
		defer fmt.Println("defer del bucle", i)
	}
	pasos()
	fmt.Println("fin del main")
}

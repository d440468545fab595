package main

import "fmt"

func limpiar() {
	if r := recover(); r != nil {
		fmt.Println("limpiando tras:", r)
		panic(r)
	}
}

func main() {
	defer limpiar()
	fmt.Println("trabajando")
	panic("disco lleno")
}

package main

import "fmt"

func main() {
	var funciones []func() int
	for i := 0; i < 100000; i++ {
		funciones = append(funciones, func() int { return i * 2 })
	}
	fmt.Println(len(funciones), funciones[10]())
}

package main

import "fmt"

type Temperatura float64

func controlar(t Temperatura) {
	if t > 100 {
		panic(t)
	}
	fmt.Println("temperatura ok:", t)
}

func main() {
	controlar(36.6)
	controlar(150.5)
}

package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	edad := 27
	altura := 1.75
	nombre := "Marcelo"
	indice := edad * altura
	saludo := nombre + edad
	var total int = altura
	var c Celsius = 20
	var f Fahrenheit = c
	fmt.Println(indice, saludo, total, c+f)
}

package main

import "fmt"

type Nivel int8

const (
	Bajo Nivel = iota * 50
	Medio
	Alto
	Maximo
)

func main() {
	fmt.Println(Bajo, Medio, Alto, Maximo)
}

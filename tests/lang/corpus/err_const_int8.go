package main

import "fmt"

type Nota int8

const Maximo = 1000

func main() {
	var x int8 = 300
	var y uint8 = -1
	var z byte = '\u00f1'
	var n Nota = Maximo
	var edad uint = -27
	fmt.Println(x, y, z, n, edad)
	temperaturas := []int8{10, -20, 200}
	fmt.Println(temperaturas)
}

package main

import "fmt"

var contador int = 1
var ultimo *int

func doble(n int) int {
	return n * 2
}

func main() {
	nombre := "segmento"
	contador = doble(contador)
	fmt.Println(nombre, contador)

	p := new(int)
	*p = contador
	ultimo = p // la dirección se guarda en una variable del paquete: el int va al heap
	fmt.Println(*p)
}

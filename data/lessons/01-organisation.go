package main

import "fmt"

var saludo = "Hola, memoria"

func main() {
	fmt.Println(saludo)
}

package main

import "fmt"

func main() {
	distancia := 1e1000000
	fmt.Println(distancia)
}

package main

import "fmt"

func main() {
	temperatura := int8(300)
	fmt.Println("temperatura:", temperatura)
}

package main

import "fmt"

func main() {
	var f func()
	defer fmt.Println("defer que si corre")
	defer f()
	fmt.Println("antes de salir")
}

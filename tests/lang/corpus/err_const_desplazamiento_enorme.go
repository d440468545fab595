package main

import "fmt"

func main() {
	mascara := 1 << 100000000
	fmt.Println(mascara)
}

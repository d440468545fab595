package main

import "fmt"

func main() {
	bits := 8
	fmt.Println(bits << -1)
}

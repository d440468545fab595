package main

import "fmt"

type Estado string

func main() {
	var e Estado = "roto\ncon salto"
	fmt.Println(e)
	panic(e)
}

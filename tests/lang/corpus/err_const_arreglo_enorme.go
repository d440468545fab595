package main

import "fmt"

type Tablero [1 << 62][1 << 62]int

func main() {
	var t *Tablero
	fmt.Println(t == nil)
}

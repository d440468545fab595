package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for range n {
		fmt.Print("hola ")
	}
	fmt.Println()
	var total int64
	for i := range int64(10) {
		total += i
	}
	fmt.Println(total)
	for i := range 0 {
		fmt.Println("nunca", i)
	}
	type Indice uint8
	var lim Indice = 4
	for i := range lim {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	for i := range -2 {
		fmt.Println("tampoco", i)
	}
}

package main

import "fmt"

func main() {
	s := make([]int, 5) // Slice con capacidad y longitud 5

	fmt.Println(s, len(s), cap(s))
}

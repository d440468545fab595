package main

import "fmt"

func main() {
	data := make([]int, 1000000) // Mejor que ir agregando con append
	for i := 0; i < 1000000; i++ {
		data[i] = i
	}
	fmt.Println(len(data), cap(data), data[999999])
}

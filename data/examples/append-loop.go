package main

import "fmt"

var data []int

func main() {
	for i := 0; i < 1000000; i++ {
		data = append(data, i) // Reasignaciones y consumo extra de memoria
	}
	fmt.Println(len(data), cap(data))
}

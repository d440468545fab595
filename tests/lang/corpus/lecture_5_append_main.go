package main

import "fmt"

func main() {
	var data []int
	for i := 0; i < 1000000; i++ {
		data = append(data, i) // Reasignaciones y consumo extra de memoria
	}
	fmt.Println(len(data), cap(data))
}

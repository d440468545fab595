package main

import "fmt"

func main() {
	var valores []any
	for i := 0; i < 150000; i++ {
		valores = append(valores, i*1000)
	}
	fmt.Println(len(valores))
}

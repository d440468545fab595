package main

import "fmt"

func main() {
	cuadrados := make(map[int]int)
	for i := 0; i < 200000; i++ {
		cuadrados[i] = i * i
	}
	fmt.Println(len(cuadrados), cuadrados[1000])
}

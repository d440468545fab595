package main

import "fmt"

func main() {
	var ultimos [][]byte
	for i := 0; i < 60; i++ {
		b := make([]byte, 1<<20)
		b[i] = 1
		ultimos = append(ultimos, b)
		if len(ultimos) > 4 {
			ultimos = ultimos[1:]
		}
	}
	fmt.Println(len(ultimos))
}

package main

import "fmt"

func main() {
	const n = 100000
	precios := make(map[int]int)
	for i := 0; i < n; i++ {
		precios[i] = i * 3
	}
	for i := 0; i < n; i += 2 {
		delete(precios, i)
	}
	total := 0
	for _, p := range precios {
		total += p
	}
	fmt.Println(len(precios), total)

	faltan := 0
	for i := 0; i < n; i++ {
		if _, ok := precios[i]; !ok {
			faltan++
		}
	}
	fmt.Println("faltan:", faltan)

	for i := 0; i < n; i += 2 {
		precios[i] = -1
	}
	fmt.Println(len(precios), precios[0], precios[1], precios[n-1])
}

package main

import "fmt"

func main() {
	var temperaturas []int8
	for i := 0; i < 40; i++ {
		t := int8(i*7%50 - 20)
		temperaturas = append(temperaturas, t)
		if i%8 == 0 || i == 39 {
			fmt.Println("len", len(temperaturas), "cap", cap(temperaturas))
		}
	}
	var minimo, maximo int8 = 127, -128
	suma := 0
	for _, t := range temperaturas {
		if t < minimo {
			minimo = t
		}
		if t > maximo {
			maximo = t
		}
		suma += int(t)
	}
	fmt.Println("minimo:", minimo, "maximo:", maximo, "suma:", suma)
	fmt.Println(temperaturas[:10])

	var x int8 = 120
	x += 10
	fmt.Println("desborde:", x)
}

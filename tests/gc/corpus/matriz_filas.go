package main

import "fmt"

func main() {
	suma := 0.0
	for vuelta := 0; vuelta < 20; vuelta++ {
		m := make([][]float64, 300)
		for i := range m {
			m[i] = make([]float64, 300)
			m[i][i] = float64(vuelta)
		}
		suma += m[7][7]
	}
	fmt.Println(suma)
}

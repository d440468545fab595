package main

import "fmt"

func main() {
	// criba de Eratostenes con un slice de bool
	const n = 60
	compuesto := make([]bool, n+1)
	fmt.Println("len", len(compuesto), "cap", cap(compuesto))
	for i := 2; i*i <= n; i++ {
		if !compuesto[i] {
			for j := i * i; j <= n; j += i {
				compuesto[j] = true
			}
		}
	}
	var primos []int
	for i := 2; i <= n; i++ {
		if !compuesto[i] {
			primos = append(primos, i)
		}
	}
	fmt.Println(primos)

	var asistencia []bool
	for dia := 0; dia < 35; dia++ {
		asistencia = append(asistencia, dia%3 != 0)
	}
	fmt.Println(len(asistencia), cap(asistencia))
	presentes := 0
	for _, a := range asistencia {
		if a {
			presentes++
		}
	}
	fmt.Println("presentes:", presentes, asistencia[:6])
}

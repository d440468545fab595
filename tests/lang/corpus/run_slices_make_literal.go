package main

import "fmt"

// promedios calcula el promedio de cada alumno en un slice del mismo tamaño.
func promedios(notas [][]int) []float64 {
	res := make([]float64, len(notas))
	for i, ns := range notas {
		suma := 0
		for _, n := range ns {
			suma += n
		}
		res[i] = float64(suma) / float64(len(ns))
	}
	return res
}

func main() {
	dias := []string{"lun", "mar", "mie", "jue", "vie"}
	horas := make([]int, len(dias))
	for i := range dias {
		horas[i] = 2 * (i + 1)
	}
	total := 0
	for _, h := range horas {
		total += h
	}
	fmt.Println("horas:", total)

	cant := len(dias)
	marcas := make([]bool, 0, cant)
	for i := 0; i < cant; i++ {
		marcas = append(marcas, i%2 == 0)
	}
	fmt.Println(len(marcas), cap(marcas))

	const semanas = 4
	n := semanas
	tabla := make([]int, n)
	for i := range tabla {
		tabla[i] = i * i
	}
	fmt.Println(tabla[n-1])

	var chico int32 = 3
	buf := make([]byte, chico)
	fmt.Println(len(buf))

	fmt.Println(promedios([][]int{{7, 8}, {10, 6, 8}}))
	salida := make([]string, len(dias))
	copy(salida, dias)
	fmt.Println(salida)
}

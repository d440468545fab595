package main

import (
	"fmt"
	"runtime"
)

// Suma los primeros n cuadrados en un búfer de capacidad fija.
func sumaCuadrados(n int) int {
	buf := make([]int, n, 100)
	for i := range buf {
		buf[i] = i * i
	}
	total := 0
	for _, v := range buf {
		total += v
	}
	return total
}

func capacidad(n int) (int, int) {
	s := make([]int, n, 10)
	return len(s), cap(s)
}

// Con capacidad 10000 el arreglo (80000 bytes) no cabe en el marco: va al heap.
func grande(n int) int {
	s := make([]int, n, 10000)
	return len(s)
}

func main() {
	var antes, despues runtime.MemStats
	runtime.ReadMemStats(&antes)
	total := 0
	for n := 0; n <= 100; n += 10 {
		total += sumaCuadrados(n)
	}
	runtime.ReadMemStats(&despues)
	fmt.Println("total:", total)
	fmt.Println("mallocs:", despues.Mallocs-antes.Mallocs)
	fmt.Println("bytes:", despues.TotalAlloc-antes.TotalAlloc)
	runtime.ReadMemStats(&antes)
	for i := 0; i < 3; i++ {
		total += grande(i)
	}
	runtime.ReadMemStats(&despues)
	fmt.Println("mallocs grande:", despues.Mallocs-antes.Mallocs)
	fmt.Println("bytes grande:", despues.TotalAlloc-antes.TotalAlloc)
	fmt.Println(capacidad(3))
	fmt.Println(capacidad(10))
}

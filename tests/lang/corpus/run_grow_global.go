package main

import "fmt"

var historial []int

func registrar(v int) {
	antes := cap(historial)
	historial = append(historial, v)
	if cap(historial) != antes {
		fmt.Printf("historial crece: len=%d cap %d -> %d\n", len(historial), antes, cap(historial))
	}
}

func main() {
	for i := 0; i < 1100; i++ {
		registrar(i)
	}
	fmt.Println(len(historial), cap(historial))
}

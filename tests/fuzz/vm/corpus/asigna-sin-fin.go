package main

import "fmt"

// Reserva sin fin y guarda todo: la VM debe pararlo en su presupuesto de memoria.
func main() {
	var bloques [][]byte
	for i := 0; ; i++ {
		bloques = append(bloques, make([]byte, 1<<20))
		if i%1000 == 0 {
			fmt.Println(len(bloques))
		}
	}
}

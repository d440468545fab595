package main

import "fmt"

func main() {
	saldos := make([]float64, 0, 4)
	saldo := 1000.0
	for mes := 1; mes <= 24; mes++ {
		saldo *= 1.01
		saldos = append(saldos, saldo)
		fmt.Printf("mes %2d saldo %.2f len=%d cap=%d\n", mes, saldo, len(saldos), cap(saldos))
	}
	// un slice de float32 con el mismo numero de elementos
	var chicos []float32
	for _, s := range saldos {
		chicos = append(chicos, float32(s))
	}
	fmt.Println(len(chicos), cap(chicos), chicos[23])
}

package main

import "fmt"

// Registro ocupa 20 bytes: cinco int32
type Registro struct {
	id, dia, mes, anio, monto int32
}

func main() {
	registros := []Registro{{1, 3, 4, 2024, 500}, {2, 5, 4, 2024, 1200}}
	fmt.Println(len(registros), cap(registros))
	for i := int32(3); i <= 40; i++ {
		registros = append(registros, Registro{i, i % 28, 5, 2024, i * 100})
		if i%6 == 0 {
			fmt.Println("len", len(registros), "cap", cap(registros))
		}
	}
	var total int32
	for _, r := range registros {
		total += r.monto
	}
	fmt.Println("total:", total)
	fmt.Printf("%v\n%+v\n", registros[0], registros[len(registros)-1])
}

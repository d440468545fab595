package main

import (
	"errors"
	"fmt"
)

type Cuenta struct {
	titular string
	saldo   float64
}

var ErrSinFondos = errors.New("saldo insuficiente")

func transferir(cuentas map[int]*Cuenta, desde, hasta int, monto float64) error {
	origen, ok := cuentas[desde]
	if !ok {
		return fmt.Errorf("cuenta %d inexistente", desde)
	}
	destino, ok := cuentas[hasta]
	if !ok {
		return fmt.Errorf("cuenta %d inexistente", hasta)
	}
	if origen.saldo < monto {
		return ErrSinFondos
	}
	origen.saldo -= monto
	destino.saldo += monto
	return nil
}

func main() {
	cuentas := map[int]*Cuenta{
		1: {"Ana", 1000},
		2: {"Beto", 250},
	}
	fmt.Println(transferir(cuentas, 1, 2, 300))
	fmt.Println(transferir(cuentas, 2, 1, 5000))
	fmt.Println(transferir(cuentas, 3, 1, 10))
	for id := 1; id <= 2; id++ {
		fmt.Printf("%d %s %.2f\n", id, cuentas[id].titular, cuentas[id].saldo)
	}
}

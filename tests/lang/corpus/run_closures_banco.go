package main

import (
	"errors"
	"fmt"
)

func nuevaCuenta(saldoInicial float64) (depositar func(float64), extraer func(float64) error, saldo func() float64) {
	s := saldoInicial
	depositar = func(m float64) { s += m }
	extraer = func(m float64) error {
		if m > s {
			return errors.New("saldo insuficiente")
		}
		s -= m
		return nil
	}
	saldo = func() float64 { return s }
	return
}

func main() {
	dep, ext, saldo := nuevaCuenta(100)
	dep(50)
	fmt.Println(saldo())
	fmt.Println(ext(500))
	fmt.Println(ext(120), saldo())
	dep2, _, saldo2 := nuevaCuenta(0)
	dep2(1)
	fmt.Println(saldo(), saldo2())
}

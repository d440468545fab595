package main

import "fmt"

type ErrSaldo struct{ falta int }

func (e *ErrSaldo) Error() string { return fmt.Sprintf("faltan %d pesos", e.falta) }

type Moneda int

func (m Moneda) String() int { return int(m) }

func retirar(saldo, monto int) error {
	if monto > saldo {
		return ErrSaldo{monto - saldo}
	}
	return nil
}

func main() {
	var s fmt.Stringer = Moneda(3)
	var e error = "sin fondos"
	err := retirar(10, 20)
	var msg string = err
	fmt.Println(s, e, msg, err.Codigo)
}

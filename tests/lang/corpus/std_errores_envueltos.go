package main

import (
	"errors"
	"fmt"
)

var ErrSinSaldo = errors.New("saldo insuficiente")

type ErrCuenta struct {
	Titular string
	Monto   float64
}

func (e *ErrCuenta) Error() string {
	return fmt.Sprintf("cuenta de %s: no se pueden retirar %.2f", e.Titular, e.Monto)
}

func retirar(titular string, saldo, monto float64) (float64, error) {
	if monto <= 0 {
		return saldo, &ErrCuenta{titular, monto}
	}
	if monto > saldo {
		return saldo, fmt.Errorf("retirar %.2f de %s: %w", monto, titular, ErrSinSaldo)
	}
	return saldo - monto, nil
}

func main() {
	saldo := 100.0
	for _, m := range []float64{30, 500, -5, 70} {
		nuevo, err := retirar("Ana", saldo, m)
		var ec *ErrCuenta
		switch {
		case err == nil:
			saldo = nuevo
			fmt.Println("ok, saldo", saldo)
		case errors.Is(err, ErrSinSaldo):
			fmt.Println("rechazado:", err)
			fmt.Println("  causa:", errors.Unwrap(err))
		case errors.As(err, &ec):
			fmt.Println("invalido:", ec.Titular, ec.Monto)
		}
	}
	todos := errors.Join(ErrSinSaldo, &ErrCuenta{"Luis", 0})
	fmt.Println(todos)
	fmt.Println(errors.Is(todos, ErrSinSaldo))
}

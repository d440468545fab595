package main

import (
	"errors"
	"fmt"
)

var ErrSaldoInsuficiente = errors.New("saldo insuficiente")
var ErrMontoInvalido = errors.New("monto invalido")

type Cuenta struct {
	titular string
	saldo   float64
}

func (c *Cuenta) Extraer(monto float64) error {
	if monto <= 0 {
		return ErrMontoInvalido
	}
	if monto > c.saldo {
		return fmt.Errorf("extraer %.2f de %s: %w", monto, c.titular, ErrSaldoInsuficiente)
	}
	c.saldo -= monto
	return nil
}

func main() {
	c := &Cuenta{"Ana", 1000}
	for _, m := range []float64{300, -5, 800, 700} {
		err := c.Extraer(m)
		switch {
		case err == nil:
			fmt.Printf("extraccion de %.2f ok, saldo %.2f\n", m, c.saldo)
		case errors.Is(err, ErrSaldoInsuficiente):
			fmt.Println("rechazada:", err)
		case err == ErrMontoInvalido:
			fmt.Println("monto mal:", err)
		}
	}
}

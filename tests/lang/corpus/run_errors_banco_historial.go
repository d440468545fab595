package main

import (
	"errors"
	"fmt"
)

var ErrCuentaBloqueada = errors.New("cuenta bloqueada")

type Operacion struct {
	tipo  string
	monto int
	err   error
}

type Cuenta struct {
	saldo     int
	bloqueada bool
	historial []Operacion
}

func (c *Cuenta) aplicar(tipo string, monto int) error {
	var err error
	switch {
	case c.bloqueada:
		err = ErrCuentaBloqueada
	case tipo == "retiro" && monto > c.saldo:
		err = fmt.Errorf("retiro de %d con saldo %d", monto, c.saldo)
	case tipo == "retiro":
		c.saldo -= monto
	case tipo == "deposito":
		c.saldo += monto
	default:
		err = fmt.Errorf("operacion %q desconocida", tipo)
	}
	c.historial = append(c.historial, Operacion{tipo, monto, err})
	return err
}

func main() {
	c := &Cuenta{saldo: 100}
	c.aplicar("deposito", 50)
	c.aplicar("retiro", 500)
	c.aplicar("transferencia", 1)
	c.aplicar("retiro", 30)
	c.bloqueada = true
	c.aplicar("deposito", 10)
	for i, op := range c.historial {
		estado := "ok"
		if op.err != nil {
			estado = op.err.Error()
		}
		fmt.Printf("%d %-13s %4d %s\n", i, op.tipo, op.monto, estado)
	}
	fmt.Println("saldo:", c.saldo, errors.Is(c.historial[4].err, ErrCuentaBloqueada))
}

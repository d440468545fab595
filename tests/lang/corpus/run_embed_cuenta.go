package main

import (
	"errors"
	"fmt"
)

type Cuenta struct {
	titular string
	saldo   float64
}

func (c *Cuenta) Depositar(m float64) { c.saldo += m }
func (c *Cuenta) Extraer(m float64) error {
	if m > c.saldo {
		return errors.New("saldo insuficiente")
	}
	c.saldo -= m
	return nil
}

type CuentaCorriente struct {
	Cuenta
	descubierto float64
}

// redefine Extraer permitiendo un descubierto
func (cc *CuentaCorriente) Extraer(m float64) error {
	if m > cc.saldo+cc.descubierto {
		return fmt.Errorf("supera el descubierto de %.0f", cc.descubierto)
	}
	cc.saldo -= m
	return nil
}

type Extraible interface{ Extraer(float64) error }

func main() {
	ca := &Cuenta{"Ana", 100}
	cc := &CuentaCorriente{Cuenta{"Beto", 100}, 500}
	cuentas := []Extraible{ca, cc, &cc.Cuenta}
	for i, c := range cuentas {
		fmt.Println(i, c.Extraer(300))
	}
	cc.Depositar(1000)
	fmt.Println(ca.saldo, cc.saldo)
	fmt.Printf("%+v\n", *cc)
}

package main

import "fmt"

type Cuenta struct {
	saldo float64
}

func (c *Cuenta) Depositar(m float64) { c.saldo += m }

func main() {
	cuentas := map[string]Cuenta{"ana": {100}}
	cuentas["ana"].Depositar(50)
	p := &cuentas["ana"]
	fmt.Println(cuentas, p)
}

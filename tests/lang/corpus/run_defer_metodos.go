package main

import "fmt"

type Cuenta struct {
	titular string
	saldo   int
}

func (c Cuenta) Mostrar(etiqueta string) {
	fmt.Println(etiqueta, c.titular, c.saldo)
}

func (c *Cuenta) Depositar(n int) {
	c.saldo += n
}

func main() {
	c := Cuenta{"Ana", 100}
	p := &c
	defer c.Mostrar("valor al diferir:")
	defer p.Mostrar("via puntero al diferir:")
	defer fmt.Println("saldo final", c.saldo)
	defer c.Depositar(50)
	mostrar := c.Mostrar
	defer mostrar("metodo como valor:")
	c.saldo = 500
	for i := 0; i < 2; i++ {
		defer p.Depositar(i)
	}
	fmt.Println("saldo en el cuerpo", c.saldo)
}

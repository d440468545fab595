package main

import "fmt"

type Cuenta struct {
	titular string
	saldo   int
}

func (c Cuenta) Resumen() string { return fmt.Sprintf("%s: $%d", c.titular, c.saldo) }

func (c *Cuenta) Depositar(monto int) { c.saldo += monto }

func doble(x int) int  { return 2 * x }
func triple(x int) int { return 3 * x }

type Operador interface{ Resumen() string }

func main() {
	c := Cuenta{"Ana", 100}
	dep := c.Depositar
	dep(50)
	res := c.Resumen
	c.saldo = 0
	fmt.Println(res(), c.Resumen())
	f := (*Cuenta).Depositar
	f(&c, 30)
	g := Cuenta.Resumen
	fmt.Println(g(c))
	var o Operador = c
	h := o.Resumen
	c.saldo = 999
	fmt.Println(h())
	i := Operador.Resumen
	fmt.Println(i(c))
	ops := map[string]func(int) int{"doble": doble, "triple": triple}
	for _, nombre := range []string{"doble", "triple"} {
		fmt.Println(nombre, ops[nombre](7))
	}
	k := doble
	fmt.Println(k(k(5)), k != nil)
}

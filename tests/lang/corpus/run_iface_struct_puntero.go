package main

import "fmt"

type Cuenta struct {
	saldo int
}

func (c Cuenta) Ver() int        { return c.saldo }
func (c *Cuenta) Depositar(m int) { c.saldo += m }

type Visor interface{ Ver() int }

func main() {
	c := Cuenta{100}
	var v Visor = c // se copia el struct dentro de la interfaz
	c.Depositar(50)
	fmt.Println(c.Ver(), v.Ver())

	var w Visor = &c // ahora la interfaz guarda un puntero
	c.Depositar(25)
	fmt.Println(c.Ver(), w.Ver())

	fmt.Printf("%T %T\n", v, w)
	fmt.Printf("%v %+v\n", v, v)
	cp := w.(*Cuenta)
	cp.Depositar(1)
	fmt.Println(c.saldo)
	cv := v.(Cuenta)
	cv.Depositar(1000)
	fmt.Println(v.Ver(), cv.saldo)
}

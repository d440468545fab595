package main

import "fmt"

type Contador interface {
	Incrementar()
	Valor() int
}

type Simple struct {
	n int
}

func (s *Simple) Incrementar() { s.n++ }
func (s Simple) Valor() int    { return s.n }

func usar(c Contador, veces int) {
	for i := 0; i < veces; i++ {
		c.Incrementar()
	}
	fmt.Println("valor:", c.Valor())
}

func main() {
	s := Simple{}
	usar(&s, 3)
	fmt.Println(s.n)
	s.Incrementar()
	fmt.Println(s.Valor())

	var c Contador = &Simple{10}
	usar(c, 2)
	fmt.Printf("%T %v\n", c, c.Valor())

	// un valor copia: Valor se puede llamar sobre un Simple
	copia := s
	copia.Incrementar()
	fmt.Println(s.Valor(), copia.Valor())
}

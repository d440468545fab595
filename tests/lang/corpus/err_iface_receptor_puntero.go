package main

import "fmt"

type Contador interface {
	Incrementar()
}

type Simple struct {
	n int
}

func (s *Simple) Incrementar() { s.n++ }

func usar(c Contador) { c.Incrementar() }

func main() {
	s := Simple{}
	usar(s)
	fmt.Println(s.n)
}

package main

import "fmt"

type Expr interface {
	Eval() float64
	String() string
}

type Num float64
type Suma struct{ a, b Expr }
type Mult struct{ a, b Expr }

func (n Num) Eval() float64    { return float64(n) }
func (n Num) String() string   { return fmt.Sprint(float64(n)) }
func (s Suma) Eval() float64   { return s.a.Eval() + s.b.Eval() }
func (s Suma) String() string  { return "(" + s.a.String() + " + " + s.b.String() + ")" }
func (m Mult) Eval() float64   { return m.a.Eval() * m.b.Eval() }
func (m Mult) String() string  { return m.a.String() + " * " + m.b.String() }

func main() {
	e := Mult{Suma{Num(2), Num(3)}, Suma{Num(1.5), Mult{Num(2), Num(4)}}}
	fmt.Println(e, "=", e.Eval())
	var partes []Expr = []Expr{e.a, e.b, Num(7)}
	for _, p := range partes {
		fmt.Printf("%-20v %T %g\n", p, p, p.Eval())
	}
}

package main

import "fmt"

type Nodo struct {
	*Nodo
	valor int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Medicion struct {
	Celsius
	lugar string
}

type Lista []int

func (l Lista) Largo() int { return len(l) }

type Registro struct {
	Lista
	*Medicion
}

type Vacio struct{}

func (Vacio) Hola() string { return "hola" }

type ConVacio struct {
	Vacio
	n int
}

func main() {
	n := Nodo{&Nodo{nil, 1}, 2}
	fmt.Println(n.valor, n.Nodo.valor)
	m := Medicion{21.5, "aula"}
	fmt.Println(m, m.String(), m.lugar)
	r := Registro{Lista{1, 2, 3}, &m}
	fmt.Println(r.Largo(), r.lugar, r.Celsius)
	var s fmt.Stringer = r
	fmt.Println(s)
	cv := ConVacio{n: 3}
	fmt.Println(cv.Hola(), cv)
	var r2 Registro
	defer func() { fmt.Println("recuperado:", recover()) }()
	fmt.Println(r2.lugar)
}

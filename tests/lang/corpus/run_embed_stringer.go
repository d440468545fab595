package main

import "fmt"

type Punto struct{ X, Y int }

func (p Punto) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Circulo struct {
	Punto
	Radio int
}

type Etiqueta struct {
	Punto
	Texto string
}

func (e Etiqueta) String() string { return e.Texto + "@" + e.Punto.String() }

func main() {
	c := Circulo{Punto{1, 2}, 5}
	// el String del Punto embebido se promueve: imprimir c usa Punto.String
	fmt.Println(c)
	fmt.Printf("%v %+v %s\n", c, c, c)
	fmt.Println(c.Radio, c.X)
	e := Etiqueta{Punto{3, 4}, "casa"}
	fmt.Println(e)
	fmt.Println([]Etiqueta{e, {Punto{0, 0}, "origen"}})
}

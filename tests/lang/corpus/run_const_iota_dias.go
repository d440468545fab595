package main

import "fmt"

type Dia int

const (
	Domingo Dia = iota
	Lunes
	Martes
	Miercoles
	Jueves
	Viernes
	Sabado
)

var nombres = [...]string{"domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado"}

func (d Dia) String() string { return nombres[d] }

func (d Dia) Laborable() bool { return d >= Lunes && d <= Viernes }

func main() {
	for d := Domingo; d <= Sabado; d++ {
		fmt.Printf("%d %-10v %v\n", d, d, d.Laborable())
	}
	fmt.Println(Miercoles+2, Dia(0))
	fmt.Printf("%T %v\n", Jueves, Jueves)
}

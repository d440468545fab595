package main

import "fmt"

type Mes int

const (
	Enero Mes = iota + 1
	Febrero
	Marzo
	Abril
	Mayo
	Junio
	Julio
	Agosto
	Septiembre
	Octubre
	Noviembre
	Diciembre
)

func (m Mes) Dias(anio int) int {
	switch m {
	case Febrero:
		if anio%4 == 0 && (anio%100 != 0 || anio%400 == 0) {
			return 29
		}
		return 28
	case Abril, Junio, Septiembre, Noviembre:
		return 30
	}
	return 31
}

func main() {
	total := 0
	for m := Enero; m <= Diciembre; m++ {
		total += m.Dias(2024)
	}
	fmt.Println(total, Febrero.Dias(1900), Febrero.Dias(2000), Febrero.Dias(2023))
	fmt.Println(Diciembre, Mes(13).Dias(2024))
}

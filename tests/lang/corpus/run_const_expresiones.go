package main

import "fmt"

const (
	SegundosPorMinuto = 60
	MinutosPorHora    = 60
	HorasPorDia       = 24
	SegundosPorDia    = SegundosPorMinuto * MinutosPorHora * HorasPorDia
	SegundosPorAnio   = SegundosPorDia * 365
	MilisPorAnio      = SegundosPorAnio * 1000
	Nanos             = MilisPorAnio * 1000000
)

const Saludo = "Hola" + ", " + "mundo"
const Largo = len(Saludo)

func main() {
	fmt.Println(SegundosPorDia, SegundosPorAnio)
	fmt.Println(MilisPorAnio, Nanos)
	fmt.Println(Saludo, Largo)
	var arr [Largo]byte
	fmt.Println(len(arr))
	const prom = (7 + 8 + 10) / 3
	const promReal = (7 + 8 + 10) / 3.0
	fmt.Println(prom, promReal)
	fmt.Println(-7/2, -7%2, 7%-2)
}

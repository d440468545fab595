package main

import "fmt"

type Motor struct{ potencia int }

func (m *Motor) Encender() {}

type Rueda struct{ potencia int }

type Auto struct {
	Motor
	Rueda
	marca string
}

type Encendible interface{ Encender() }

func main() {
	a := Auto{marca: "Fiat"}
	fmt.Println(a.potencia)
	var e Encendible = a
	b := Auto{potencia: 90}
	Auto{}.Encender()
	fmt.Println(e, b, a.Motor.cilindros)
}

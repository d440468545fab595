package main

import "fmt"

type Motor struct {
	potencia int
	nombre   string
}

func (m Motor) Encender() string { return "motor encendido" }

type Radio struct {
	nombre string
}

func (r Radio) Encender() string { return "radio encendida" }

type Auto struct {
	Motor
	Radio
	marca string
}

// Auto define Encender para resolver la ambiguedad
func (a Auto) Encender() string {
	return a.Motor.Encender() + " y " + a.Radio.Encender()
}

func main() {
	a := Auto{Motor{90, "1.6"}, Radio{"AM/FM"}, "Fiat"}
	fmt.Println(a.Encender())
	fmt.Println(a.potencia, a.Motor.nombre, a.Radio.nombre, a.marca)
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
}

package main

import "fmt"

type Notificador interface {
	Notificar(msg string) string
}

type Email struct{ direccion string }
type SMS struct{ numero string }

func (e Email) Notificar(msg string) string {
	return "email a " + e.direccion + ": " + msg
}

func (s SMS) Notificar(msg string) string {
	if len(msg) > 10 {
		msg = msg[:10] + "..."
	}
	return "sms a " + s.numero + ": " + msg
}

type Multiple []Notificador

func (m Multiple) Notificar(msg string) string {
	r := ""
	for i, n := range m {
		if i > 0 {
			r += " | "
		}
		r += n.Notificar(msg)
	}
	return r
}

func main() {
	var n Notificador = Multiple{Email{"ana@uni.edu"}, SMS{"1155551234"}}
	fmt.Println(n.Notificar("El examen es el lunes"))
	fmt.Println(len(n.(Multiple)))
	n = SMS{"000"}
	fmt.Println(n.Notificar("corto"))
	fmt.Printf("%v %T\n", n, n)
}

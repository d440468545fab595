package main

import (
	"fmt"
	"strings"
)

type Manejador func(string) string

func conLog(nombre string, h Manejador) Manejador {
	return func(s string) string {
		fmt.Println("->", nombre, s)
		r := h(s)
		fmt.Println("<-", nombre, r)
		return r
	}
}

func mayus(s string) string  { return strings.ToUpper(s) }
func exclamar(s string) string { return s + "!" }

func componer(hs ...Manejador) Manejador {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func main() {
	h := componer(conLog("mayus", mayus), conLog("exclamar", exclamar))
	fmt.Println(h("hola"))
	fmt.Println(componer()("sin cambios"))
}

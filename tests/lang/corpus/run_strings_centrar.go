package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func centrar(s string, ancho int) string {
	n := utf8.RuneCountInString(s)
	if n >= ancho {
		return s
	}
	izq := (ancho - n) / 2
	der := ancho - n - izq
	return strings.Repeat(" ", izq) + s + strings.Repeat(" ", der)
}

func caja(lineas []string) {
	ancho := 0
	for _, l := range lineas {
		if n := utf8.RuneCountInString(l); n > ancho {
			ancho = n
		}
	}
	borde := "+" + strings.Repeat("-", ancho+2) + "+"
	fmt.Println(borde)
	for _, l := range lineas {
		fmt.Println("| " + centrar(l, ancho) + " |")
	}
	fmt.Println(borde)
}

func main() {
	caja([]string{"Gestión de Memoria", "Stack", "Heap", "Garbage Collector"})
	caja([]string{"ñ"})
}

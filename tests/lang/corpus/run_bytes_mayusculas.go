package main

import "fmt"

func aMayusculas(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func main() {
	nombre := "marcelo gonzalez"
	b := []byte(nombre)
	aMayusculas(b)
	fmt.Println(nombre)
	fmt.Println(string(b))
	fmt.Println(b[:7])

	// el string original no cambia: []byte(s) hace una copia
	otro := []byte(nombre)
	otro[0] = 'M'
	fmt.Println(nombre, string(otro))

	var iniciales []byte
	enPalabra := false
	for _, c := range b {
		if c != ' ' && !enPalabra {
			iniciales = append(iniciales, c, '.')
		}
		enPalabra = c != ' '
	}
	fmt.Println(string(iniciales), len(iniciales), cap(iniciales))
}

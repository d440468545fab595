package main

import "fmt"

type Nota struct {
	alumno string
	valor  float64
	curso  int
}

func main() {
	var notas []Nota
	prev := 0
	for i := 0; i < 25; i++ {
		notas = append(notas, Nota{"alumno", float64(i % 10), i % 3})
		if cap(notas) != prev {
			prev = cap(notas)
			fmt.Println("notas:", len(notas), cap(notas))
		}
	}
	var letras []rune
	prev = 0
	for _, r := range "ñandú, pingüino y cóndor en la Patagonia argentina" {
		letras = append(letras, r)
		if cap(letras) != prev {
			prev = cap(letras)
			fmt.Println("letras:", len(letras), cap(letras))
		}
	}
	fmt.Println(string(letras[:5]))
}

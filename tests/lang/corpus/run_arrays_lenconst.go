package main

import "fmt"

const Dias = 7

func main() {
	var temperaturas [Dias]float64
	for i := range temperaturas {
		temperaturas[i] = 15 + float64(i)*1.5
	}
	fmt.Println(len(temperaturas), cap(temperaturas), temperaturas)
	semana := [...]string{"lun", "mar", "mie", "jue", "vie", "sab", "dom"}
	fmt.Println(len(semana))
	esparcido := [...]int{2: 10, 5: 50, 9}
	fmt.Println(esparcido, len(esparcido))
	var vacio [0]int
	fmt.Println(len(vacio), vacio)
	var b [4]bool
	b[2] = true
	fmt.Println(b)
	punteros := [3]*int{}
	x := 5
	punteros[1] = &x
	fmt.Println(punteros[0] == nil, *punteros[1])
}

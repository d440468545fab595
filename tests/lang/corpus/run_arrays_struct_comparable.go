package main

import "fmt"

type Carta struct {
	Palo  string
	Valor int
}

type Mano [3]Carta

func contiene(m Mano, c Carta) bool {
	for _, x := range m {
		if x == c {
			return true
		}
	}
	return false
}

func main() {
	m1 := Mano{{"espada", 1}, {"basto", 7}, {"oro", 3}}
	m2 := m1
	fmt.Println(m1 == m2)
	m2[2].Valor = 12
	fmt.Println(m1 == m2, m1[2], m2[2])
	fmt.Println(contiene(m1, Carta{"basto", 7}), contiene(m1, Carta{"copa", 7}))
	vistas := map[Carta]int{}
	for _, c := range append(m1[:], m2[:]...) {
		vistas[c]++
	}
	fmt.Println(vistas)
	type Par struct{ a, b any }
	fmt.Println(Par{1, "x"} == Par{1, "x"}, Par{1, 2} == Par{1, 2.0})
}

package main

import "fmt"

type Nivel uint8

type Cuenta struct {
	saldo int
	sig   *Cuenta
}

func main() {
	temperaturas := [4]int{18, 21, 19, 25}
	for i, t := range temperaturas {
		temperaturas[3] = 0
		if i == 3 {
			fmt.Println("última leída:", t, "ahora:", temperaturas[3])
		}
	}
	ptr := &temperaturas
	for i, t := range ptr {
		if i == 0 {
			ptr[1] = 99
		}
		fmt.Print(t, " ")
	}
	fmt.Println()

	var pisos Nivel = 3
	vueltas := 0
	for p := range pisos {
		vueltas++
		fmt.Print(p, " ")
	}
	var n uint8 = 200
	for range n {
		vueltas++
	}
	fmt.Println(vueltas)

	i := 0
	notas := []int{5, 6, 7}
	i, notas[i] = 2, 10
	fmt.Println(i, notas)
	a, b := 1, 2
	a, b = b, a
	notas[a], notas[b] = notas[b], notas[a]
	fmt.Println(a, b, notas)
	origen := &Cuenta{saldo: 100}
	destino := &Cuenta{saldo: 5}
	actual := origen
	actual, actual.saldo = destino, 0
	fmt.Println(origen.saldo, destino.saldo, actual.saldo)

	visitas := 0
	var recorrer func(profundidad int)
	recorrer = func(profundidad int) {
		visitas++
		if profundidad < 80 {
			recorrer(profundidad + 1)
		}
	}
	recorrer(0)
	fmt.Println("visitas:", visitas)
}

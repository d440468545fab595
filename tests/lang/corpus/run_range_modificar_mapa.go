package main

import "fmt"

type Cuenta struct {
	saldo int
}

func main() {
	cuentas := map[string]Cuenta{"a": {100}, "b": {200}}
	for k, c := range cuentas {
		c.saldo += 50
		cuentas[k] = c
	}
	fmt.Println(cuentas)
	punteros := map[string]*Cuenta{"a": {100}, "b": {200}}
	for _, c := range punteros {
		c.saldo *= 2
	}
	fmt.Println(*punteros["a"], *punteros["b"])
	suma := 0
	for _, c := range cuentas {
		suma += c.saldo
	}
	fmt.Println(suma)
	n := 0
	for k := range punteros {
		if len(k) == 1 {
			n++
		}
	}
	fmt.Println(n)
}

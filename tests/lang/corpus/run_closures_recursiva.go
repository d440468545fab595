package main

import "fmt"

type Arbol struct {
	valor    int
	izq, der *Arbol
}

func main() {
	var insertar func(a *Arbol, v int) *Arbol
	insertar = func(a *Arbol, v int) *Arbol {
		if a == nil {
			return &Arbol{valor: v}
		}
		if v < a.valor {
			a.izq = insertar(a.izq, v)
		} else {
			a.der = insertar(a.der, v)
		}
		return a
	}
	var raiz *Arbol
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		raiz = insertar(raiz, v)
	}
	var enOrden []int
	var recorrer func(a *Arbol)
	recorrer = func(a *Arbol) {
		if a == nil {
			return
		}
		recorrer(a.izq)
		enOrden = append(enOrden, a.valor)
		recorrer(a.der)
	}
	recorrer(raiz)
	fmt.Println(enOrden)
	var altura func(a *Arbol) int
	altura = func(a *Arbol) int {
		if a == nil {
			return 0
		}
		return 1 + max(altura(a.izq), altura(a.der))
	}
	fmt.Println("altura:", altura(raiz))
}

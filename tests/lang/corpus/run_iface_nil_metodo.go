package main

import "fmt"

type Arbol struct {
	valor     int
	izq, der  *Arbol
}

// los metodos con receptor puntero pueden llamarse sobre nil
func (a *Arbol) Suma() int {
	if a == nil {
		return 0
	}
	return a.valor + a.izq.Suma() + a.der.Suma()
}

func (a *Arbol) Insertar(v int) *Arbol {
	if a == nil {
		return &Arbol{valor: v}
	}
	if v < a.valor {
		a.izq = a.izq.Insertar(v)
	} else {
		a.der = a.der.Insertar(v)
	}
	return a
}

type Sumable interface{ Suma() int }

func main() {
	var raiz *Arbol
	fmt.Println(raiz.Suma())
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		raiz = raiz.Insertar(v)
	}
	fmt.Println(raiz.Suma())
	var s Sumable = raiz.izq.izq.izq
	fmt.Println(s == nil, s.Suma())
}

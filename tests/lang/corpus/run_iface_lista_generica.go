package main

import "fmt"

type Nodo struct {
	valor any
	sig   *Nodo
}

type Lista struct {
	cabeza *Nodo
	largo  int
}

func (l *Lista) Agregar(v any) {
	n := &Nodo{valor: v}
	if l.cabeza == nil {
		l.cabeza = n
	} else {
		actual := l.cabeza
		for actual.sig != nil {
			actual = actual.sig
		}
		actual.sig = n
	}
	l.largo++
}

func (l *Lista) String() string {
	s := "["
	for n := l.cabeza; n != nil; n = n.sig {
		if n != l.cabeza {
			s += " -> "
		}
		s += fmt.Sprint(n.valor)
	}
	return s + "]"
}

func main() {
	l := &Lista{}
	l.Agregar(1)
	l.Agregar("dos")
	l.Agregar(3.0)
	l.Agregar([]int{4})
	l.Agregar(nil)
	fmt.Println(l)
	fmt.Println(l.largo)
	suma := 0
	for n := l.cabeza; n != nil; n = n.sig {
		if v, ok := n.valor.(int); ok {
			suma += v
		}
	}
	fmt.Println("suma de enteros:", suma)
}

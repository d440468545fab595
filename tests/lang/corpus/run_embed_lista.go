package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

type Lista struct {
	cabeza *Nodo
	largo  int
}

func (l *Lista) Agregar(v int) {
	l.cabeza = &Nodo{v, l.cabeza}
	l.largo++
}

func (l *Lista) Recorrer() []int {
	var r []int
	for n := l.cabeza; n != nil; n = n.sig {
		r = append(r, n.valor)
	}
	return r
}

type ListaConSuma struct {
	Lista
	suma int
}

func (ls *ListaConSuma) Agregar(v int) {
	ls.Lista.Agregar(v)
	ls.suma += v
}

func main() {
	var ls ListaConSuma
	for i := 1; i <= 5; i++ {
		ls.Agregar(i * 10)
	}
	fmt.Println(ls.Recorrer(), ls.largo, ls.suma)
	ls.Lista.Agregar(1)
	fmt.Println(ls.Recorrer(), ls.largo, ls.suma)
}

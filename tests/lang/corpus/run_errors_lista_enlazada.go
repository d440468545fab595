package main

import (
	"errors"
	"fmt"
)

type Nodo struct {
	valor string
	sig   *Nodo
}

type Lista struct {
	cabeza *Nodo
	largo  int
}

var ErrIndice = errors.New("indice fuera de rango")

func (l *Lista) Insertar(v string) {
	l.cabeza = &Nodo{v, l.cabeza}
	l.largo++
}

func (l *Lista) Obtener(i int) (string, error) {
	if i < 0 || i >= l.largo {
		return "", fmt.Errorf("obtener(%d) con largo %d: %w", i, l.largo, ErrIndice)
	}
	n := l.cabeza
	for ; i > 0; i-- {
		n = n.sig
	}
	return n.valor, nil
}

func main() {
	l := &Lista{}
	for _, s := range []string{"c", "b", "a"} {
		l.Insertar(s)
	}
	for _, i := range []int{0, 2, 3, -1} {
		v, err := l.Obtener(i)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrIndice))
			continue
		}
		fmt.Println(i, v)
	}
}

package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Nota struct {
	alumno string
	valor  int
}

func parsearNota(alumno, s string) (Nota, error) {
	v, err := strconv.Atoi(s)
	if err != nil {
		return Nota{}, fmt.Errorf("nota de %s: %w", alumno, err)
	}
	if v < 1 || v > 10 {
		return Nota{}, fmt.Errorf("nota de %s: %d fuera de escala", alumno, v)
	}
	return Nota{alumno, v}, nil
}

func main() {
	entradas := [][2]string{{"Ana", "9"}, {"Beto", "diez"}, {"Carla", "11"}, {"Dario", "-"}, {"Eva", "7"}}
	var notas []Nota
	errores := 0
	for _, e := range entradas {
		n, err := parsearNota(e[0], e[1])
		if err != nil {
			errores++
			fmt.Println(err)
			fmt.Println("  sintaxis:", errors.Is(err, strconv.ErrSyntax))
			continue
		}
		notas = append(notas, n)
	}
	fmt.Println(notas, errores)
}

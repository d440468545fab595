package main

import (
	"errors"
	"fmt"
)

type ErrSintaxis struct {
	Linea int
}

func (e *ErrSintaxis) Error() string { return fmt.Sprintf("error de sintaxis en linea %d", e.Linea) }

type ErrSemantico struct {
	Mensaje string
}

func (e ErrSemantico) Error() string { return "error semantico: " + e.Mensaje }

func compilar(fuente []string) error {
	for i, l := range fuente {
		if l == "" {
			return &ErrSintaxis{i + 1}
		}
		if l == "x := x" {
			return fmt.Errorf("compilar: %w", ErrSemantico{"x usada antes de declararse"})
		}
	}
	return nil
}

func main() {
	programas := [][]string{
		{"a := 1", "b := 2"},
		{"a := 1", "", "c"},
		{"x := x"},
	}
	for i, p := range programas {
		err := compilar(p)
		var es *ErrSintaxis
		var em ErrSemantico
		switch {
		case errors.As(err, &es):
			fmt.Println(i, "sintaxis", es.Linea)
		case errors.As(err, &em):
			fmt.Println(i, "semantico", em.Mensaje)
		default:
			fmt.Println(i, "ok", err)
		}
		if err != nil {
			fmt.Println("  ", err)
		}
	}
}

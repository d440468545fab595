package main

import (
	"errors"
	"fmt"
)

type ErrCampo struct {
	Campo string
}

func (e ErrCampo) Error() string { return "campo faltante: " + e.Campo }

type ErrRango struct {
	Valor, Min, Max int
}

func (e *ErrRango) Error() string {
	return fmt.Sprintf("%d fuera de [%d, %d]", e.Valor, e.Min, e.Max)
}

func validar(nombre string, edad int) error {
	if nombre == "" {
		return ErrCampo{"nombre"}
	}
	if edad < 0 || edad > 120 {
		return &ErrRango{edad, 0, 120}
	}
	return nil
}

func main() {
	casos := []struct {
		n string
		e int
	}{{"Ana", 30}, {"", 20}, {"Beto", 130}}
	for _, c := range casos {
		err := validar(c.n, c.e)
		var ec ErrCampo
		var er *ErrRango
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &ec):
			fmt.Println("ErrCampo:", ec.Campo)
		case errors.As(err, &er):
			fmt.Println("ErrRango:", er.Valor, er)
		}
		fmt.Printf("  %v %T\n", err, err)
	}
}

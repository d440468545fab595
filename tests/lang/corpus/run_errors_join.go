package main

import (
	"errors"
	"fmt"
)

var ErrNombre = errors.New("nombre vacio")
var ErrEdad = errors.New("edad negativa")

func validar(nombre string, edad int) error {
	var errs []error
	if nombre == "" {
		errs = append(errs, ErrNombre)
	}
	if edad < 0 {
		errs = append(errs, fmt.Errorf("edad %d: %w", edad, ErrEdad))
	}
	return errors.Join(errs...)
}

func main() {
	e1 := validar("Ana", 3)
	fmt.Println(e1 == nil)
	e2 := validar("", -2)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNombre), errors.Is(e2, ErrEdad))
	e3 := validar("Beto", -1)
	fmt.Printf("%v|%q\n", e3, e3.Error())
	fmt.Println(errors.Is(e3, ErrNombre))
}

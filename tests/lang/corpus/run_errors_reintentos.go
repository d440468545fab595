package main

import (
	"errors"
	"fmt"
)

var ErrTemporal = errors.New("falla temporal")
var ErrFatal = errors.New("falla fatal")

var intentos int

func conectar() error {
	intentos++
	if intentos < 3 {
		return fmt.Errorf("intento %d: %w", intentos, ErrTemporal)
	}
	if intentos == 3 {
		return nil
	}
	return ErrFatal
}

func conReintentos(f func() error, max int) error {
	var ultimo error
	for i := 0; i < max; i++ {
		err := f()
		if err == nil {
			return nil
		}
		if !errors.Is(err, ErrTemporal) {
			return err
		}
		fmt.Println("reintentando:", err)
		ultimo = err
	}
	return fmt.Errorf("sin exito tras %d intentos: %w", max, ultimo)
}

func main() {
	fmt.Println("resultado:", conReintentos(conectar, 5))
	fmt.Println("resultado:", conReintentos(conectar, 5))
	intentos = 0
	err := conReintentos(conectar, 2)
	fmt.Println("resultado:", err)
	fmt.Println(errors.Is(err, ErrTemporal))
}

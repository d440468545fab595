package main

import (
	"errors"
	"fmt"
)

var ErrVacio = errors.New("vacío")

func validar(i int) error {
	if i%3 == 0 {
		return fmt.Errorf("dato %d: %w", i, ErrVacio)
	}
	return nil
}

func main() {
	fallos := 0
	for i := 0; i < 60000; i++ {
		if err := validar(i); err != nil {
			fallos++
		}
	}
	fmt.Println(fallos)
}

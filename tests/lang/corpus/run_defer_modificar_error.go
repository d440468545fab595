package main

import (
	"errors"
	"fmt"
)

func operacion(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("operacion(%d) recuperada: %v", n, r)
			res = -1
		}
	}()
	datos := []int{10, 20, 30}
	return datos[n] * 2, nil
}

func envolver() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("envolver: %w", err)
		}
	}()
	return errors.New("fallo interno")
}

func main() {
	fmt.Println(operacion(1))
	fmt.Println(operacion(7))
	err := envolver()
	fmt.Println(err, errors.Unwrap(err))
}

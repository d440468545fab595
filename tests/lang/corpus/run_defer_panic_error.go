package main

import (
	"errors"
	"fmt"
)

var ErrConfig = errors.New("configuracion invalida")

func cargar(clave string) string {
	if clave == "" {
		panic(fmt.Errorf("cargar: %w", ErrConfig))
	}
	return "valor de " + clave
}

func main() {
	fmt.Println(cargar("puerto"))
	defer fmt.Println("defer en main")
	fmt.Println(cargar(""))
}

package main

import (
	"errors"
	"fmt"
)

type Codigo int

func (c Codigo) Error() string {
	switch c {
	case 1:
		return "permiso denegado"
	case 2:
		return "archivo inexistente"
	}
	return fmt.Sprintf("error desconocido %d", int(c))
}

func abrir(nombre string) error {
	switch nombre {
	case "secreto.txt":
		return Codigo(1)
	case "":
		return Codigo(2)
	case "raro":
		return Codigo(77)
	}
	return nil
}

func main() {
	for _, n := range []string{"notas.txt", "secreto.txt", "", "raro"} {
		err := abrir(n)
		fmt.Printf("%q: %v\n", n, err)
		if err == Codigo(1) {
			fmt.Println("  -> pedir permisos")
		}
		var c Codigo
		if errors.As(err, &c) {
			fmt.Printf("  -> codigo %d %T\n", int(c), err)
		}
	}
	fmt.Println(errors.Is(fmt.Errorf("x: %w", Codigo(2)), Codigo(2)))
}

package main

import (
	"errors"
	"fmt"
)

type ErrNoEncontrado struct{ clave string }

func (e *ErrNoEncontrado) Error() string { return "no encontrado: " + e.clave }

func buscar(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, &ErrNoEncontrado{k}
	}
	if v < 0 {
		return 0, errors.New("valor negativo")
	}
	return v, nil
}

func main() {
	datos := map[string]int{"a": 1, "b": -2}
	var errs []error
	for _, k := range []string{"a", "b", "c"} {
		v, err := buscar(datos, k)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Println(k, "=", v)
	}
	fmt.Println(len(errs))
	for _, e := range errs {
		fmt.Printf("%v (%T)\n", e, e)
	}
	fmt.Println(errs)
}

package main

import (
	"errors"
	"fmt"
)

type Persona struct {
	Nombre string
	Edad   int
}

func main() {
	base := errors.New("base")
	p := Persona{"Ana", 20}
	e1 := fmt.Errorf("persona %v invalida", p)
	e2 := fmt.Errorf("persona %+v invalida: %w", p, base)
	e3 := fmt.Errorf("codigo %d, texto %q, real %.1f", 42, "hola", 2.55)
	e4 := fmt.Errorf("doble: %w y %w", base, e1)
	e5 := fmt.Errorf("%w", base)
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(e3)
	fmt.Println(e4)
	fmt.Println(e5, e5 == base, errors.Is(e5, base))
	fmt.Println(errors.Is(e4, base), errors.Is(e4, e1), errors.Unwrap(e4) == nil)
	fmt.Printf("%T %T %T\n", e1, e2, e4)
}

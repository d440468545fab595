package main

import (
	"errors"
	"fmt"
)

type ErrTimeout struct {
	Operacion string
	Segundos  int
}

func (e ErrTimeout) Error() string {
	return fmt.Sprintf("%s: timeout tras %ds", e.Operacion, e.Segundos)
}

// Is permite comparar por tipo sin importar los campos
func (e ErrTimeout) Is(target error) bool {
	_, ok := target.(ErrTimeout)
	return ok
}

func main() {
	err := fmt.Errorf("guardar: %w", ErrTimeout{"escribir disco", 30})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout{}))
	fmt.Println(errors.Is(err, errors.New("otra cosa")))
	var t ErrTimeout
	if errors.As(err, &t) {
		fmt.Println(t.Operacion, t.Segundos)
	}
}

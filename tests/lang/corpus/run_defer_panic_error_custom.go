package main

import "fmt"

type ErrCritico struct {
	Modulo string
	Codigo int
}

func (e *ErrCritico) Error() string {
	return fmt.Sprintf("[%s] error critico %d", e.Modulo, e.Codigo)
}

func arrancar(modulos []string) {
	for i, m := range modulos {
		fmt.Println("arrancando", m)
		if m == "memoria" {
			panic(&ErrCritico{m, 100 + i})
		}
	}
}

func main() {
	defer fmt.Println("apagando")
	arrancar([]string{"red", "disco", "memoria", "video"})
}

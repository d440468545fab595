package main

import "fmt"

type Operacion func(int, int) (int, error)

func dividir(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("division por cero")
	}
	return a / b, nil
}

func restar(a, b int) (int, error) { return a - b, nil }

func aplicar(op Operacion, a, b int) (int, error) {
	return op(a, b)
}

func main() {
	ops := map[string]Operacion{"div": dividir, "resta": restar}
	fmt.Println(aplicar(ops["div"], 10, 3))
	fmt.Println(aplicar(ops["div"], 10, 0))
	fmt.Println(aplicar(ops["resta"], 10, 3))
	f := func() (string, int, error) { return "ok", 1, nil }
	fmt.Println(f())
}

package main

import "fmt"

func factorial(n int) (r int) {
	defer func() {
		if n == 5 {
			fmt.Println("factorial(5) devuelve", r)
		}
	}()
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func main() {
	fmt.Println(factorial(10))
	var limpiezas []func()
	for _, nombre := range []string{"a", "b", "c"} {
		limpiezas = append(limpiezas, func() { fmt.Println("limpiar", nombre) })
	}
	for i := len(limpiezas) - 1; i >= 0; i-- {
		defer limpiezas[i]()
	}
	fmt.Println("registradas", len(limpiezas))
}

package main

import "fmt"

func dos() (res int) {
	defer func() { res *= 10 }()
	defer func() { res++ }()
	return 4
}

func conCondicion(n int) {
	if n > 0 {
		defer fmt.Println("positivo", n)
	}
	if n%2 == 0 {
		defer fmt.Println("par", n)
	}
	fmt.Println("cuerpo", n)
}

func recuperaYSigue() (msg string) {
	defer fmt.Println("tercer defer, corre despues del recover")
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recuperado: ", r)
		}
	}()
	defer fmt.Println("primer defer en correr")
	panic("fallo")
}

func main() {
	fmt.Println(dos())
	conCondicion(4)
	conCondicion(3)
	conCondicion(-2)
	fmt.Println(recuperaYSigue())
}

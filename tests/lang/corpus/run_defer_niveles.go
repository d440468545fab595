package main

import "fmt"

func limpiar(nombre string) {
	fmt.Println("limpiando", nombre)
}

func nivel3() {
	defer limpiar("nivel3")
	var lista []int
	fmt.Println(lista[2])
}

func nivel2() {
	defer func() {
		r := recover()
		fmt.Println("nivel2 recupera:", r)
		msg := fmt.Sprint("nivel2 relanza: ", r)
		panic(msg)
	}()
	nivel3()
}

func nivel1() (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	nivel2()
	return "sin error"
}

func main() {
	fmt.Println("resultado:", nivel1())
	defer fmt.Println("main termina")
	defer func() {
		fmt.Println("recover en main:", recover())
	}()
	panic("otra vez")
}

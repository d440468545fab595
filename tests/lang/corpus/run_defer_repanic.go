package main

import "fmt"

func interno() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("interno recupera:", r)
			panic(fmt.Sprintf("re-panic de [%v]", r))
		}
	}()
	panic("problema original")
}

func externo() {
	defer func() {
		r := recover()
		fmt.Println("externo recupera:", r)
	}()
	interno()
	fmt.Println("no se imprime")
}

func main() {
	externo()
	fmt.Println("el programa sigue")
	fmt.Println(recover())
}

package main

import "fmt"

type Codigo int
type Motivo string

func verificar(n int) {
	if n > 2 {
		panic(Codigo(n))
	}
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recuperado %v %T\n", r, r)
		panic(Motivo("no se puede seguir"))
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("verificando", i)
		verificar(i)
	}
}

package main

import "fmt"

func registrar(r any) {
	fmt.Println("registrando:", r)
}

func paso(n int) {
	defer func() {
		r := recover()
		registrar(r)
		panic(r)
	}()
	if n == 0 {
		msg := fmt.Sprint("paso ", n, " fallo")
		panic(msg)
	}
	paso(n - 1)
}

func main() {
	defer func() {
		r := recover()
		registrar(r)
		panic(r)
	}()
	paso(2)
}

package main

import "fmt"

func nivel(n int) {
	defer fmt.Println("sale del nivel", n)
	fmt.Println("entra al nivel", n)
	if n == 3 {
		panic(fmt.Sprintf("demasiado profundo: %d", n))
	}
	nivel(n + 1)
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recupera:", r)
		}
	}()
	nivel(1)
	fmt.Println("no se ve")
}

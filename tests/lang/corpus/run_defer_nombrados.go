package main

import "fmt"

func doble(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

func contar() (n int, msg string) {
	defer func() {
		n++
		msg += " (modificado en defer)"
	}()
	n = 10
	msg = "hola"
	return n * 2, msg
}

func sinNombre() int {
	x := 5
	defer func() { x = 500 }()
	return x
}

func main() {
	fmt.Println(doble(4))
	fmt.Println(contar())
	fmt.Println(sinNombre())
}

package main

import "fmt"

func dividir(a, b int) (int, int) {
	return a / b, a % b
}

func nombreYEdad() (string, int) {
	return "Marcelo", 27
}

func tres() (int, string, bool) {
	return 1, "dos", true
}

func main() {
	fmt.Println(dividir(17, 5))
	fmt.Println(nombreYEdad())
	fmt.Println(tres())
	fmt.Print(dividir(9, 2))
	fmt.Println()
	fmt.Println(fmt.Sprintln(nombreYEdad()))
	s := fmt.Sprint(tres())
	fmt.Println(s)
	fmt.Print(dividir(7, 7))
	fmt.Println()
}

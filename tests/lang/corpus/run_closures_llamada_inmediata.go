package main

import "fmt"

// Un contador que devuelve una función; a veces la llamamos en el acto.
func contador(inicio int) func() int {
	n := inicio
	return func() int {
		n++
		return n
	}
}

func multiplicador(factor int) func(int) int {
	return func(x int) int { return x * factor }
}

func saludo(idioma string) func(string) string {
	if idioma == "es" {
		return func(nombre string) string { return "Hola, " + nombre }
	}
	return func(nombre string) string { return "Hello, " + nombre }
}

func main() {
	base := 4
	// Lo diferido se evalúa ahora: el multiplicador se crea y se llama aquí.
	defer fmt.Println("al final:", multiplicador(base)(10))
	fmt.Println(contador(10)())
	fmt.Println(multiplicador(3)(7))
	fmt.Println(saludo("es")("Ana"))
	fmt.Println(saludo("en")("Bob"))

	pasos := []func(int) int{
		multiplicador(2),
		func(x int) int { return x + 1 },
	}
	// El último paso, elegido con len: el índice no es constante.
	fmt.Println(pasos[len(pasos)-1](41))
	fmt.Println(pasos[0](21))

	total := 0
	for i := 1; i <= 3; i++ {
		total += multiplicador(i)(10)
	}
	fmt.Println("total:", total)
}

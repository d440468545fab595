package main

import "fmt"

func main() {
	cero := 0.0
	menosCero := -cero
	nan := cero / cero
	infinito := 1 / cero

	temperaturas := map[float64]string{}
	temperaturas[cero] = "cero"
	temperaturas[menosCero] = "menos cero"
	fmt.Println(len(temperaturas), temperaturas)

	temperaturas[nan] = "nada"
	temperaturas[nan] = "nada"
	fmt.Println(len(temperaturas))
	_, ok := temperaturas[nan]
	fmt.Println("encontrado:", ok)
	delete(temperaturas, nan)
	fmt.Println(len(temperaturas), temperaturas)

	temperaturas[-12.5] = "frio"
	temperaturas[36.6] = "normal"
	temperaturas[infinito] = "infinito"
	fmt.Println(temperaturas)

	clear(temperaturas)
	fmt.Println(len(temperaturas), temperaturas)
}

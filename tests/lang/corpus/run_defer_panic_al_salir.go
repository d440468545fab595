package main

import "fmt"

func cerrar(nombre string) {
	fmt.Println("cerrando", nombre)
	if nombre == "b" {
		panic("no se pudo cerrar " + nombre)
	}
}

func trabajar() {
	defer cerrar("a")
	defer cerrar("b")
	defer cerrar("c")
	fmt.Println("trabajando")
}

func main() {
	defer fmt.Println("main: ultimo defer")
	trabajar()
	fmt.Println("no llega")
}

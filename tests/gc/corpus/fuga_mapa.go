package main

import "fmt"

type Sesion struct {
	usuario string
	datos   [32]int
}

var sesiones = map[int]*Sesion{}

func main() {
	for i := 0; i < 60000; i++ {
		sesiones[i] = &Sesion{usuario: "alumno"}
	}
	fmt.Println(len(sesiones))
}

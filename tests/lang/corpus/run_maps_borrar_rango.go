package main

import "fmt"

func main() {
	notas := map[string]int{}
	alumnos := []string{"ana", "beto", "carla", "dario", "eva", "fede", "gabi", "hugo"}
	for i, a := range alumnos {
		notas[a] = (i*3)%10 + 1
	}
	fmt.Println(notas)
	// borrar durante el range es valido
	for nombre, n := range notas {
		if n < 5 {
			delete(notas, nombre)
		}
	}
	fmt.Println(len(notas), notas)
	aprobados := 0
	for range notas {
		aprobados++
	}
	fmt.Println("aprobados:", aprobados)
}

package main

import "fmt"

type Equipo struct {
	nombre   string
	jugadores [3]string
	puntos   [5]int
}

func sumarPuntos(e Equipo) int {
	t := 0
	for _, p := range e.puntos {
		t += p
	}
	e.puntos[0] = 999
	return t
}

func main() {
	e1 := Equipo{"Rojos", [3]string{"Ana", "Beto", "Carla"}, [5]int{3, 1, 0, 3, 3}}
	e2 := e1
	e2.nombre = "Azules"
	e2.jugadores[0] = "Dario"
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(sumarPuntos(e1), e1.puntos[0])
	equipos := [2]Equipo{e1, e2}
	equipos[0].puntos[1] = 10
	fmt.Println(e1.puntos, equipos[0].puntos)
	fmt.Println(e1 == equipos[0], e2 == equipos[1])
}

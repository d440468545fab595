package main

import (
	"fmt"
	"sort"
)

type Tarea struct {
	Titulo    string
	Prioridad int
	Hecha     bool
}

func main() {
	tareas := []*Tarea{
		{"estudiar", 3, false},
		{"lavar", 1, true},
		{"TP memoria", 5, false},
		{"compras", 2, false},
	}
	sort.Slice(tareas, func(i, j int) bool {
		if tareas[i].Hecha != tareas[j].Hecha {
			return !tareas[i].Hecha
		}
		return tareas[i].Prioridad > tareas[j].Prioridad
	})
	for _, t := range tareas {
		fmt.Printf("%-11s p=%d hecha=%t\n", t.Titulo, t.Prioridad, t.Hecha)
	}
	tareas[0].Hecha = true
	fmt.Println(*tareas[0])
}

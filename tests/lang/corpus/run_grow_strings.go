package main

import "fmt"

func main() {
	var tareas []string
	nombres := []string{"lavar", "estudiar", "cocinar", "leer", "correr", "dormir"}
	prev := -1
	for i := 0; i < 300; i++ {
		tareas = append(tareas, nombres[i%len(nombres)])
		if cap(tareas) != prev {
			fmt.Println(len(tareas), cap(tareas))
			prev = cap(tareas)
		}
	}
	fmt.Println(tareas[:4])
}

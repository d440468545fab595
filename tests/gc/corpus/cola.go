package main

import "fmt"

type Tarea struct {
	id    int
	carga [8]int
}

func main() {
	var cola []*Tarea
	hechas := 0
	for i := 0; i < 200000; i++ {
		cola = append(cola, &Tarea{id: i})
		if len(cola) > 1000 {
			cola = cola[1:]
			hechas++
		}
	}
	fmt.Println(hechas, len(cola))
}

package main

import "fmt"

type Tarea struct {
	titulo string
	hecha  bool
}

func main() {
	tareas := map[int]*Tarea{}
	sig := 1
	nueva := func(t string) int {
		id := sig
		tareas[id] = &Tarea{titulo: t}
		sig++
		return id
	}
	a := nueva("comprar pan")
	b := nueva("estudiar punteros")
	c := nueva("leer sobre el GC")
	tareas[b].hecha = true
	delete(tareas, a)
	nueva("practicar slices")

	for id := 1; id < sig; id++ {
		t, ok := tareas[id]
		if !ok {
			fmt.Println(id, "(borrada)")
			continue
		}
		marca := " "
		if t.hecha {
			marca = "x"
		}
		fmt.Printf("%d [%s] %s\n", id, marca, t.titulo)
	}
	fmt.Println(len(tareas), tareas[c].titulo)
}

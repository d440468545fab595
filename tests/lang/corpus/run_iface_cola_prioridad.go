package main

import "fmt"

type Prioritario interface {
	Prioridad() int
}

type Tarea struct {
	nombre string
	prio   int
}

func (t Tarea) Prioridad() int { return t.prio }

type Alarma string

func (a Alarma) Prioridad() int { return 100 }

func siguiente(xs []Prioritario) (Prioritario, []Prioritario) {
	mejor := 0
	for i, x := range xs {
		if x.Prioridad() > xs[mejor].Prioridad() {
			mejor = i
		}
	}
	elegido := xs[mejor]
	xs = append(xs[:mejor], xs[mejor+1:]...)
	return elegido, xs
}

func main() {
	cola := []Prioritario{Tarea{"lavar", 2}, Tarea{"estudiar", 8}, Alarma("incendio"), Tarea{"comer", 5}}
	for len(cola) > 0 {
		var t Prioritario
		t, cola = siguiente(cola)
		fmt.Printf("%v (%T) prio %d, quedan %d\n", t, t, t.Prioridad(), len(cola))
	}
}

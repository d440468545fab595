package main

import "fmt"

type Estudiante struct {
	Nombre string
	Notas  []int
}

func main() {
	libreta := map[string]*Estudiante{}
	cargar := func(nombre string, nota int) {
		e, ok := libreta[nombre]
		if !ok {
			e = &Estudiante{Nombre: nombre}
			libreta[nombre] = e
		}
		e.Notas = append(e.Notas, nota)
	}
	cargar("Ana", 8)
	cargar("Beto", 5)
	cargar("Ana", 9)
	cargar("Beto", 7)
	cargar("Ana", 10)
	libreta["Beto"].Notas[0] = 6

	for _, n := range []string{"Ana", "Beto"} {
		e := libreta[n]
		suma := 0
		for _, x := range e.Notas {
			suma += x
		}
		fmt.Printf("%s %v promedio %.2f\n", e.Nombre, e.Notas, float64(suma)/float64(len(e.Notas)))
	}
	fmt.Println(*libreta["Ana"])
}

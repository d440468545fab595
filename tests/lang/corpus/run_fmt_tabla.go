package main

import "fmt"

type Nota struct {
	Alumno  string
	Parcial float64
	Final   float64
}

func main() {
	notas := []Nota{
		{"Ana Lopez", 8.5, 9},
		{"Beto", 4.25, 6.5},
		{"Carla Martinez", 10, 7.75},
	}
	fmt.Printf("%-15s %8s %8s %8s\n", "Alumno", "Parcial", "Final", "Prom")
	for _, n := range notas {
		prom := (n.Parcial + n.Final) / 2
		estado := "aprobado"
		if prom < 6 {
			estado = "recupera"
		}
		fmt.Printf("%-15s %8.2f %8.2f %8.3f %s\n", n.Alumno, n.Parcial, n.Final, prom, estado)
	}
	fmt.Printf("%v\n", notas)
	fmt.Printf("%+v\n", notas[1])
}

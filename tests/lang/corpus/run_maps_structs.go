package main

import "fmt"

type Alumno struct {
	nombre string
	nota   int
}

func main() {
	curso := map[int]Alumno{
		101: {"Lucia", 8},
		102: {"Tomas", 6},
	}
	// no se puede hacer curso[101].nota = 9: hay que copiar y volver a guardar
	a := curso[101]
	a.nota = 9
	curso[101] = a
	curso[103] = Alumno{"Sofia", 10}

	fmt.Println(curso)
	fmt.Printf("%v\n", curso)
	fmt.Printf("%+v\n", curso)
	fmt.Println(curso[102].nombre, curso[104].nombre == "")

	suma := 0
	for _, al := range curso {
		suma += al.nota
	}
	fmt.Println("promedio:", float64(suma)/float64(len(curso)))
}

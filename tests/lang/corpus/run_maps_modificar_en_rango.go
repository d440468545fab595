package main

import "fmt"

// Borrar y agregar entradas mientras se recorre un mapa: Go nunca devuelve una entrada dos
// veces ni una ya borrada; las agregadas pueden aparecer o no.
func main() {
	notas := make(map[int]int)
	for i := 0; i < 200; i++ {
		notas[i] = i % 11
	}

	vistas := 0
	for alumno, nota := range notas {
		if nota < 5 {
			delete(notas, alumno)
		}
		vistas++
	}
	fmt.Println("vistas:", vistas, "quedan:", len(notas))

	// Agregar durante el recorrido: solo las claves originales generan claves nuevas.
	for alumno := range notas {
		if alumno < 1000 {
			notas[alumno+1000] = notas[alumno] * 10
		}
	}
	fmt.Println("despues de agregar:", len(notas))

	suma := 0
	for alumno, nota := range notas {
		if alumno >= 1000 {
			suma += nota
		}
	}
	fmt.Println("suma de las nuevas:", suma)

	// Borrar todo mientras se recorre.
	for alumno := range notas {
		delete(notas, alumno)
	}
	fmt.Println("vacio:", len(notas), notas)
}

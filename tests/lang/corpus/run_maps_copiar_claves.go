package main

import "fmt"

type Alumno struct {
	nombre string
	nota   int
}

// invertir arma un mapa nota -> nombre a partir de otro nombre -> nota.
func invertir(notas map[string]int) map[int]string {
	inv := make(map[int]string, len(notas))
	for nombre, nota := range notas {
		inv[nota] = nombre
	}
	return inv
}

// copiarApodos copia claves y valores: los valores son strings del mapa original.
func copiarApodos(apodos map[string]string) map[string]string {
	copia := map[string]string{}
	for k, v := range apodos {
		copia[k] = v
	}
	return copia
}

// inscriptos junta las claves (punteros) de un conjunto.
func inscriptos(conjunto map[*Alumno]bool) []*Alumno {
	var lista []*Alumno
	for a := range conjunto {
		lista = append(lista, a)
	}
	return lista
}

// aprobados guarda los valores (punteros) de un mapa.
func aprobados(porNombre map[string]*Alumno) []*Alumno {
	var lista []*Alumno
	for _, a := range porNombre {
		if a.nota >= 6 {
			lista = append(lista, a)
		}
	}
	return lista
}

func main() {
	inv := invertir(map[string]int{"ana": 9, "beto": 4})
	fmt.Println(inv[9], inv[4])
	ap := copiarApodos(map[string]string{"ana": "anita"})
	fmt.Println(ap["ana"])
	ana := &Alumno{"ana", 9}
	fmt.Println(len(inscriptos(map[*Alumno]bool{ana: true})))
	lista := aprobados(map[string]*Alumno{"ana": ana, "beto": {"beto", 4}})
	fmt.Println(len(lista), lista[0].nombre)
}

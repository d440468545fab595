package main

import "fmt"

var ultimos []int

// Arma la lista de múltiplos sin mirar su capacidad: Go la arma en el stack y la copia al
// heap recién al devolverla, con la capacidad justa para su largo.
func multiplos(n, k int) []int {
	var r []int
	for i := 1; i <= n; i++ {
		r = append(r, i*k)
	}
	if len(r) > 100 {
		fmt.Println("demasiados múltiplos")
	}
	return r
}

// Esta mira la capacidad mientras crece: el arreglo del stack sube de a una clase de
// tamaño, y al devolverla se copia con esa capacidad.
func cuadrados(n int) []int {
	var r []int
	for i := 1; i <= n; i++ {
		r = append(r, i*i)
		if cap(r) > 1000 {
			fmt.Println("mucha capacidad")
		}
	}
	return r
}

// Letras de un nombre, en bytes.
func iniciales(nombres []string) (r []byte) {
	for _, n := range nombres {
		if len(n) > 0 {
			r = append(r, n[0])
		}
	}
	if len(r) > 64 {
		fmt.Println("demasiadas iniciales")
	}
	return
}

func guardar(n int) {
	var v []int
	for i := 0; i < n; i++ {
		v = append(v, i)
	}
	if len(v) > 100 {
		fmt.Println("demasiados")
	}
	ultimos = v
}

func main() {
	for _, n := range []int{1, 3, 4, 5, 9} {
		m := multiplos(n, 7)
		c := cuadrados(n)
		fmt.Println(n, m, len(m), cap(m), "|", c, len(c), cap(c))
	}
	ini := iniciales([]string{"Ana", "Beto", "", "Carla"})
	fmt.Println(string(ini), len(ini), cap(ini))
	guardar(3)
	fmt.Println(ultimos, cap(ultimos))
	guardar(6)
	fmt.Println(ultimos, cap(ultimos))

	// Recorrer con range mientras se miran las capacidades.
	var notas []int
	for i := 0; i < 3; i++ {
		notas = append(notas, 6+i)
	}
	for i, nota := range notas {
		fmt.Println(i, nota, len(notas), cap(notas))
	}
}

package main

import "fmt"

func mostrar(nombre string, b []byte) {
	fmt.Printf("%s: %q len=%d cap=%d\n", nombre, string(b), len(b), cap(b))
}

func main() {
	datos := []byte("Go gestiona la memoria")
	mostrar("datos", datos)
	a := datos[3:11]
	mostrar("a", a)
	b := datos[:2]
	mostrar("b", b)
	c := datos[15:]
	mostrar("c", c)
	d := datos[3:5:8]
	mostrar("d", d)

	// modificar una rebanada modifica el arreglo compartido
	a[0] = 'G'
	mostrar("datos", datos)

	// append sobre d escribe dentro de datos mientras haya capacidad
	d = append(d, '!', '!')
	mostrar("d", d)
	mostrar("datos", datos)
	d = append(d, '?', '?')
	mostrar("d", d)
	mostrar("datos", datos)
}

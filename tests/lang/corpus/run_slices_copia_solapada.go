package main

import "fmt"

type Pixel struct {
	R, G, B byte
}

// Inserta v en la posición i corriendo los demás un lugar.
func insertar(s []int16, i int, v int16) []int16 {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

// Quita el elemento i sin crear un arreglo nuevo.
func quitar(s []int16, i int) []int16 {
	return append(s[:i], s[i+1:]...)
}

func main() {
	turnos := []int16{10, 20, 30, 40, 50}
	turnos = insertar(turnos, 2, 25)
	fmt.Println(turnos, len(turnos), cap(turnos))
	turnos = quitar(turnos, 0)
	fmt.Println(turnos, len(turnos), cap(turnos))

	// Correr una cola un lugar hacia adelante, con copy sobre sí misma.
	cola := []byte("ABCDEFG")
	n := copy(cola, cola[1:])
	cola = cola[:len(cola)-1]
	fmt.Println(string(cola), n, len(cola), cap(cola))
	// Y hacia atrás.
	n = copy(cola[2:], cola)
	fmt.Println(string(cola), n)

	// Duplicar una imagen de 3 bytes por píxel dentro del mismo arreglo.
	img := make([]Pixel, 4, 10)
	for i := range img {
		img[i] = Pixel{byte(i), byte(i * 2), byte(i * 3)}
	}
	img = append(img[:3], img[1:]...)
	fmt.Println(img, len(img), cap(img))
	img = append(img, img...)
	fmt.Println(len(img), cap(img), img[5], img[9])

	// copy devuelve cuántos elementos copió.
	dst := make([]Pixel, 2)
	fmt.Println(copy(dst, img), dst)
	letras := make([]byte, 3)
	fmt.Println(copy(letras, "hola"), string(letras))
}

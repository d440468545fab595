package main

import "fmt"

var guardado []byte

func main() {
	saludo := "hola mundo"

	// Una copia que se modifica y no sale de main: Go usa un buffer de 32 bytes del stack.
	b := []byte(saludo)
	b[0] = 'H'
	fmt.Println(string(b), len(b), cap(b))
	b = append(b, '!')
	fmt.Println(string(b), len(b), cap(b))

	// Una que se guarda en una variable global: va al heap, con la capacidad de su clase.
	g := []byte(saludo)
	guardado = g
	fmt.Println(len(guardado), cap(guardado))

	// Un texto largo no entra en el buffer.
	largo := "Go administra la memoria con un recolector concurrente"
	l := []byte(largo)
	l[0] = 'g'
	fmt.Println(len(l), cap(l))

	// Una constante: un arreglo de su largo exacto.
	c := []byte("abc")
	c = append(c, 'd')
	fmt.Println(string(c), len(c), cap(c))

	// Runas: 4 bytes cada una.
	animal := "ñandú"
	r := []rune(animal)
	r[0] = 'Ñ'
	fmt.Println(string(r), len(r), cap(r))
	texto := "añoñó"
	rs := []rune(texto)
	rs = append(rs, '!')
	fmt.Println(string(rs), len(rs), cap(rs))

	// De vuelta a string.
	letras := []byte{'g', 'o'}
	antes := string(letras)
	letras[0] = 'n'
	despues := string(letras)
	una := string(letras[:1])
	fmt.Println(antes, despues, una)
	var vacio []byte
	nada := string(vacio)
	fmt.Println(nada == "", len(nada))
	codigo := 241
	enie := string(rune(codigo))
	fmt.Println(enie, len(enie))
}

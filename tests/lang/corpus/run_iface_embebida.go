package main

import "fmt"

type Lector interface {
	Leer() string
}

type Escritor interface {
	Escribir(s string)
}

type LectorEscritor interface {
	Lector
	Escritor
}

type Buffer struct {
	datos []string
}

func (b *Buffer) Leer() string {
	if len(b.datos) == 0 {
		return ""
	}
	s := b.datos[0]
	b.datos = b.datos[1:]
	return s
}

func (b *Buffer) Escribir(s string) { b.datos = append(b.datos, s) }

func copiar(desde Lector, hacia Escritor) int {
	n := 0
	for s := desde.Leer(); s != ""; s = desde.Leer() {
		hacia.Escribir(s)
		n++
	}
	return n
}

func main() {
	var rw LectorEscritor = &Buffer{}
	rw.Escribir("uno")
	rw.Escribir("dos")
	rw.Escribir("tres")
	destino := &Buffer{}
	fmt.Println(copiar(rw, destino))
	fmt.Println(destino.datos, len(rw.(*Buffer).datos))
	var l Lector = destino
	fmt.Println(l.Leer())
	if w, ok := l.(Escritor); ok {
		w.Escribir("cuatro")
	}
	fmt.Println(destino.datos)
}

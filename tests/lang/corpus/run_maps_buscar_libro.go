package main

import "fmt"

type Libro struct {
	titulo string
	autor  *string
}

type Biblioteca struct {
	libros map[string]Libro
	punteros map[int]*Libro
}

func (b *Biblioteca) Buscar(clave string) (Libro, bool) {
	l, ok := b.libros[clave]
	return l, ok
}

func (b *Biblioteca) Primero(clave string) Libro {
	return b.libros[clave]
}

func (b *Biblioteca) Puntero(n int) *Libro {
	return b.punteros[n]
}

func titulos(m map[string][]string, k string) []string {
	return m[k]
}

func main() {
	autor := "Ana"
	b := &Biblioteca{libros: map[string]Libro{"a": {"Go", &autor}}, punteros: map[int]*Libro{}}
	l, ok := b.Buscar("a")
	fmt.Println(l.titulo, ok, b.Primero("a").titulo, b.Puntero(1) == nil)
	fmt.Println(len(titulos(map[string][]string{"x": {"y"}}, "x")))
}

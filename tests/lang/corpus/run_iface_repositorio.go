package main

import (
	"errors"
	"fmt"
)

type Libro struct {
	ISBN   string
	Titulo string
	Paginas int
}

type Repositorio interface {
	Guardar(l Libro) error
	Buscar(isbn string) (Libro, error)
	Cantidad() int
}

type RepoMemoria struct {
	libros map[string]Libro
}

var ErrDuplicado = errors.New("isbn duplicado")
var ErrNoExiste = errors.New("libro inexistente")

func (r *RepoMemoria) Guardar(l Libro) error {
	if _, ok := r.libros[l.ISBN]; ok {
		return ErrDuplicado
	}
	r.libros[l.ISBN] = l
	return nil
}

func (r *RepoMemoria) Buscar(isbn string) (Libro, error) {
	l, ok := r.libros[isbn]
	if !ok {
		return Libro{}, ErrNoExiste
	}
	return l, nil
}

func (r *RepoMemoria) Cantidad() int { return len(r.libros) }

func main() {
	var repo Repositorio = &RepoMemoria{libros: map[string]Libro{}}
	fmt.Println(repo.Guardar(Libro{"111", "Go en la practica", 300}))
	fmt.Println(repo.Guardar(Libro{"222", "Memoria y GC", 150}))
	fmt.Println(repo.Guardar(Libro{"111", "Otro", 10}))
	l, err := repo.Buscar("222")
	fmt.Printf("%+v %v\n", l, err)
	l, err = repo.Buscar("999")
	fmt.Printf("%+v %v\n", l, err)
	fmt.Println(repo.Cantidad())
}

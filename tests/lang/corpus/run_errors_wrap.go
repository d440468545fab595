package main

import (
	"errors"
	"fmt"
)

var ErrNoEncontrado = errors.New("no encontrado")

func buscarUsuario(id int) error {
	if id > 100 {
		return ErrNoEncontrado
	}
	return nil
}

func cargarPerfil(id int) error {
	if err := buscarUsuario(id); err != nil {
		return fmt.Errorf("cargar perfil %d: %w", id, err)
	}
	return nil
}

func mostrarPagina(id int) error {
	if err := cargarPerfil(id); err != nil {
		return fmt.Errorf("pagina: %w", err)
	}
	return nil
}

func main() {
	err := mostrarPagina(500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNoEncontrado))
	u := errors.Unwrap(err)
	fmt.Println(u)
	u = errors.Unwrap(u)
	fmt.Println(u, u == ErrNoEncontrado)
	fmt.Println(errors.Unwrap(u))

	conV := fmt.Errorf("sin envolver: %v", ErrNoEncontrado)
	fmt.Println(conV, errors.Is(conV, ErrNoEncontrado), errors.Unwrap(conV) == nil)
	fmt.Println(mostrarPagina(5))
}

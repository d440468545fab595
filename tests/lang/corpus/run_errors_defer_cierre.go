package main

import (
	"errors"
	"fmt"
)

type Recurso struct {
	nombre  string
	abierto bool
}

func (r *Recurso) Cerrar() error {
	if !r.abierto {
		return errors.New("ya estaba cerrado: " + r.nombre)
	}
	r.abierto = false
	fmt.Println("cerrado", r.nombre)
	return nil
}

func usar(nombre string, falla bool) (err error) {
	r := &Recurso{nombre, true}
	defer func() {
		if cerr := r.Cerrar(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if falla {
		return fmt.Errorf("usando %s: fallo de lectura", nombre)
	}
	fmt.Println("usando", nombre)
	return nil
}

func main() {
	fmt.Println(usar("datos.txt", false))
	fmt.Println(usar("log.txt", true))
}

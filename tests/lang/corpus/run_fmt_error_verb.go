package main

import (
	"errors"
	"fmt"
)

type ErrCodigo struct{ c int }

func (e ErrCodigo) Error() string { return fmt.Sprintf("codigo %d", e.c) }

func main() {
	err := errors.New("algo salio mal")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Printf("%+v\n", err)
	fmt.Printf("%d\n", ErrCodigo{5})
	fmt.Printf("%v %+v\n", ErrCodigo{5}, ErrCodigo{6})
	fmt.Printf("%#v\n", ErrCodigo{7})
	fmt.Printf("%x\n", ErrCodigo{8})
	errs := []error{err, ErrCodigo{9}, nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	type Resultado struct {
		Valor int
		Err   error
	}
	fmt.Printf("%+v\n", Resultado{1, err})
	fmt.Printf("%v\n", Resultado{2, nil})
}

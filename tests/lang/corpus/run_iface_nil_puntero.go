package main

import "fmt"

type MiError struct {
	codigo int
}

func (e *MiError) Error() string {
	return fmt.Sprintf("error %d", e.codigo)
}

func operar(falla bool) error {
	var p *MiError
	if falla {
		p = &MiError{500}
	}
	return p // cuidado: un *MiError nil dentro de un error no es nil
}

func operarBien(falla bool) error {
	if falla {
		return &MiError{404}
	}
	return nil
}

func main() {
	e1 := operar(false)
	e2 := operarBien(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%T %T\n", e1, e2)
	e3 := operar(true)
	fmt.Println(e3 == nil, e3)
	var p *MiError
	var e error = p
	fmt.Println(p == nil, e == nil, e != nil)
	if me, ok := e.(*MiError); ok {
		fmt.Println("es *MiError, nil:", me == nil)
	}
}

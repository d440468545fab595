package main

import "fmt"

type Registro struct {
	lineas []string
}

func (r *Registro) Log(s string) {
	r.lineas = append(r.lineas, s)
}

func (r Registro) Mostrar() {
	fmt.Println(len(r.lineas), r.lineas)
}

func main() {
	r := &Registro{}
	defer r.Mostrar()
	defer r.Log("tercero")
	r.Log("primero")
	r.Log("segundo")
	fmt.Println("fin del main:", len(r.lineas))
}

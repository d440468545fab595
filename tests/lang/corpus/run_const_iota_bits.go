package main

import "fmt"

type Permiso uint8

const (
	Leer Permiso = 1 << iota
	Escribir
	Ejecutar
	Borrar
)

func (p Permiso) Tiene(q Permiso) bool { return p&q != 0 }

func main() {
	fmt.Println(Leer, Escribir, Ejecutar, Borrar)
	admin := Leer | Escribir | Ejecutar | Borrar
	invitado := Leer
	editor := Leer | Escribir
	fmt.Printf("%04b %04b %04b\n", admin, invitado, editor)
	fmt.Println(editor.Tiene(Escribir), invitado.Tiene(Borrar))
	editor &^= Escribir
	fmt.Printf("%04b %d\n", editor, editor)
	fmt.Printf("%T\n", admin)
}

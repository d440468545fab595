package main

import "fmt"

type Base struct {
	id     int
	nombre string
}

func (b Base) Describir() string { return fmt.Sprintf("#%d %s", b.id, b.nombre) }
func (b *Base) Renombrar(n string) { b.nombre = n }

type Medio struct {
	Base
	nombre string
}

type Alto struct {
	*Medio
	extra int
}

func main() {
	a := Alto{&Medio{Base{1, "base"}, "medio"}, 7}
	fmt.Println(a.nombre, a.Base.nombre, a.id)
	a.Renombrar("nuevo")
	fmt.Println(a.Describir(), a.Medio.nombre)
	var b = &a
	b.id = 9
	fmt.Println(b.Describir(), a.extra)
	fmt.Printf("%v %+v\n", *a.Medio, a.Base)
}

package main

import "fmt"

type Base struct {
	id int
}

func (b Base) ID() int          { return b.id }
func (b *Base) SetID(id int)    { b.id = id }
func (b Base) Tipo() string     { return "base" }

type Medio struct {
	Base
	nivel int
}

func (m Medio) Tipo() string { return "medio" }

type Final struct {
	Medio
	etiqueta string
}

func main() {
	var f Final
	f.SetID(7)
	f.nivel = 2
	f.etiqueta = "hoja"
	fmt.Println(f.ID(), f.Tipo(), f.Medio.Tipo(), f.Base.Tipo(), f.Medio.Base.Tipo())
	fmt.Println(f.id, f.Medio.Base.id)
	fmt.Println(f)
	fmt.Printf("%+v\n", f)
	p := &f
	p.SetID(9)
	fmt.Println(p.ID(), f.ID())
}

package main

import (
	"fmt"
	"unsafe"
)

// Cuenta usa tipos que se declaran mas abajo en el archivo.
type Cuenta struct {
	estado  Estado
	dueno   Titular
	movs    []int
	aviso   Notificador
	limites [2]Limite
}

func abrir(nombre string, movs ...int) *Cuenta {
	return &Cuenta{dueno: Titular{nombre: nombre}, movs: append([]int(nil), movs...)}
}

type Estado struct{ abierta, bloqueada uint32 }

type Titular struct {
	nombre string
	edad   int8
}

type Notificador interface{ Avisar(msg string) }

type Limite struct{ diario, mensual int64 }

func main() {
	var c Cuenta
	fmt.Println(unsafe.Sizeof(c), unsafe.Offsetof(c.dueno), unsafe.Offsetof(c.movs),
		unsafe.Offsetof(c.aviso), unsafe.Offsetof(c.limites))
	p := abrir("Ana", 100, -30)
	fmt.Println(p.estado, p.dueno.nombre, p.movs, p.aviso == nil, p.limites)
	p.estado.abierta = 1
	p.limites[1].mensual = 5000
	fmt.Printf("%+v\n", *p)
}

package main

import "fmt"

type Tiempo struct {
	Creado, Modificado int
}

func (t *Tiempo) Tocar(ahora int) { t.Modificado = ahora }

type Documento struct {
	Tiempo
	Titulo string
	Paginas int
}

type Imagen struct {
	Tiempo
	Ancho, Alto int
}

func main() {
	d := Documento{Tiempo: Tiempo{Creado: 10}, Titulo: "TP1"}
	i := Imagen{Tiempo{5, 5}, 640, 480}
	d.Tocar(20)
	i.Tocar(30)
	fmt.Println(d, i)
	fmt.Printf("%+v\n%+v\n", d, i)
	fmt.Printf("%#v\n", d)
	docs := []Documento{d, {Titulo: "TP2"}}
	docs[1].Creado = 99
	for _, x := range docs {
		fmt.Println(x.Titulo, x.Creado, x.Modificado)
	}
}

package main

import "fmt"

type Punto struct {
	X, Y int
}

type Figura struct {
	Nombre  string
	Centro  Punto
	Vert    []Punto
	Color   *string
	Etiq    map[string]int
	Activa  bool
	Escala  float64
	Interno any
}

func main() {
	rojo := "rojo"
	f := Figura{
		Nombre: "tri",
		Centro: Punto{1, 2},
		Vert:   []Punto{{0, 0}, {3, 0}},
		Etiq:   map[string]int{"z": 1, "a": 2},
		Activa: true,
		Escala: 1.5,
		Interno: 7,
	}
	fmt.Printf("%#v\n", f.Centro)
	fmt.Printf("%#v\n", f.Vert)
	fmt.Printf("%#v\n", f.Etiq)
	fmt.Printf("%#v %#v %#v\n", f.Activa, f.Escala, f.Interno)
	fmt.Printf("%#v %#v %#v\n", "texto", 42, 'x')
	fmt.Printf("%#v %#v\n", []byte("hi"), [2]bool{true})
	fmt.Printf("%#v\n", struct{ A, B int }{1, 2})
	fmt.Printf("%#v %#v\n", uint8(3), 2.0)
	f.Color = &rojo
	fmt.Println(*f.Color, f.Nombre)
	fmt.Printf("%#v\n", any(nil))
}

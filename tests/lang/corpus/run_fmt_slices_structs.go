package main

import "fmt"

type Alumno struct {
	Nombre string
	Notas  []int
}

type Curso struct {
	Codigo  string
	Alumnos []Alumno
	Docente *Alumno
}

func main() {
	c := Curso{
		Codigo:  "GM-01",
		Alumnos: []Alumno{{"Ana", []int{8, 9}}, {"Beto", nil}},
	}
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%#v\n", c.Alumnos[0])
	c.Docente = &Alumno{"Prof", []int{10}}
	fmt.Printf("%v\n", c.Docente)
	fmt.Printf("%+v\n", c.Docente)
	ps := []*Alumno{{"X", nil}}
	fmt.Println(len(ps), ps[0].Nombre)
	fmt.Println(c.Alumnos)
	fmt.Printf("%v\n", [][]int{{1, 2}, {}, nil, {3}})
	fmt.Printf("%#v\n", []string{"a", "b"})
	fmt.Printf("%#v %#v\n", []int(nil), map[string]int(nil))
}

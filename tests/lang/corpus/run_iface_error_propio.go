package main

import "fmt"

type ErrorValidacion struct {
	Campo  string
	Motivo string
}

func (e ErrorValidacion) Error() string {
	return "campo " + e.Campo + ": " + e.Motivo
}

type Persona struct {
	nombre string
	edad   int
}

func validar(p Persona) error {
	if p.nombre == "" {
		return ErrorValidacion{"nombre", "vacio"}
	}
	if p.edad < 0 || p.edad > 150 {
		return ErrorValidacion{Campo: "edad", Motivo: fmt.Sprintf("%d fuera de rango", p.edad)}
	}
	return nil
}

func main() {
	personas := []Persona{{"Ana", 20}, {"", 30}, {"Beto", -4}, {"Carla", 200}}
	for _, p := range personas {
		err := validar(p)
		if err != nil {
			fmt.Println("invalida:", err)
			if ev, ok := err.(ErrorValidacion); ok {
				fmt.Printf("  %+v\n", ev)
			}
			continue
		}
		fmt.Println("valida:", p)
	}
	var e error = ErrorValidacion{"x", "y"}
	fmt.Printf("%v|%s|%T\n", e, e, e)
}

package main

import "fmt"

type Registro struct{ valores map[string]any }

func main() {
	r := Registro{valores: map[string]any{"edad": 20}}
	edad := r.valores["edad"].(int)
	fmt.Println("edad:", edad)
	altura, ok := r.valores["altura"].(float64)
	fmt.Println("altura:", altura, ok)
	nombre := r.valores["nombre"].(string)
	fmt.Println("nombre:", nombre)
}

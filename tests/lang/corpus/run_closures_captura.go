package main

import "fmt"

func main() {
	x := 10
	sumar := func(n int) { x += n }
	ver := func() int { return x }
	sumar(5)
	fmt.Println(x, ver())
	x = 100
	fmt.Println(ver())

	var acciones []func()
	for _, nombre := range []string{"ana", "beto", "carla"} {
		acciones = append(acciones, func() { fmt.Println("hola", nombre) })
	}
	for _, a := range acciones {
		a()
	}
	total := 0
	for i := range 4 {
		func() { total += i }()
	}
	fmt.Println(total)
}

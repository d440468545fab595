package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var punteros []*int
	for i := 0; i < 3; i++ {
		punteros = append(punteros, &i)
	}
	for _, p := range punteros {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	nombres := []string{"ana", "beto", "carla"}
	var saludos []func() string
	for _, n := range nombres {
		saludos = append(saludos, func() string { return "hola " + n })
	}
	for _, s := range saludos {
		fmt.Println(s())
	}
	for i := 0; i < 3; i++ {
		i := i + 10
		fmt.Print(i, " ")
	}
	fmt.Println()
}

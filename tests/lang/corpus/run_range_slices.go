package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func main() {
	personas := []Persona{{"Ana", 20}, {"Beto", 30}, {"Carla", 40}}
	for _, p := range personas {
		p.edad++ // modifica la copia
	}
	fmt.Println(personas)
	for i := range personas {
		personas[i].edad++
	}
	fmt.Println(personas)
	for i, p := range personas {
		if i == 0 {
			personas = append(personas, Persona{"Nuevo", 1})
		}
		fmt.Println(i, p.nombre)
	}
	fmt.Println(len(personas))
	nums := []int{1, 2, 3}
	for i, v := range nums {
		nums[len(nums)-1-i] = v * 10
	}
	fmt.Println(nums)
	var vacio []int
	for range vacio {
		fmt.Println("nunca")
	}
}

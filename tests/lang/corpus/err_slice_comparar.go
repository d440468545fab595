package main

import "fmt"

type Alumno struct {
	nombre string
	notas  []int
}

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b)
	x := Alumno{"Ana", nil}
	y := Alumno{"Ana", nil}
	fmt.Println(x == y)
	m := map[[]int]string{}
	fmt.Println(m)
}

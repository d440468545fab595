package main

import "fmt"

// Punto ocupa 12 bytes: tres int32
type Punto struct {
	x, y, z int32
}

func main() {
	var puntos []Punto
	ultima := -1
	for i := 0; i < 50; i++ {
		puntos = append(puntos, Punto{int32(i), int32(i * 2), int32(-i)})
		if cap(puntos) != ultima {
			ultima = cap(puntos)
			fmt.Printf("len=%2d cap=%2d\n", len(puntos), cap(puntos))
		}
	}
	fmt.Println(puntos[49])
	fmt.Printf("%+v\n", puntos[10])

	pre := make([]Punto, 0, 5)
	for i := 0; i < 7; i++ {
		pre = append(pre, Punto{1, 1, 1})
		fmt.Print(cap(pre), " ")
	}
	fmt.Println()
}

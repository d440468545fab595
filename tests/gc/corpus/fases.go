package main

import "fmt"

type Bloque struct {
	datos [64]int
}

func main() {
	var fase1 []*Bloque
	for i := 0; i < 20000; i++ {
		fase1 = append(fase1, &Bloque{})
	}
	fmt.Println(len(fase1))
	fase1 = nil
	total := 0
	for i := 0; i < 20000; i++ {
		b := &Bloque{}
		b.datos[0] = i
		total += b.datos[0] % 7
	}
	fmt.Println(total)
}

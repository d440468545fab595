package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	defer fmt.Println("mapa al final:", len(m))
	defer delete(m, "a")
	origen := []int{1, 2, 3}
	destino := make([]int, 3)
	defer fmt.Println("destino:", destino)
	defer copy(destino, origen)
	x := 7
	defer println("println diferido", x, "ok")
	defer print("print diferido\n")
	x = 8
	defer recover()
	fmt.Println("cuerpo", len(m), x)
}

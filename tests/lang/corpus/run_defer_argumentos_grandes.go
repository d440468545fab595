package main

import "fmt"

type Informe struct {
	valores [20]int
	titulo  string
}

func imprimir(inf Informe, n int) {
	fmt.Println(inf.titulo, inf.valores[0], n)
}

func main() {
	var inf Informe
	inf.titulo = "mensual"
	for i := 0; i < 2; i++ {
		inf.valores[0] = i * 10
		defer imprimir(inf, i)
	}
	inf.titulo = "anual"
	defer imprimir(inf, 99)
	x := 5
	defer fmt.Println("x al diferir:", x, &x != nil)
	x = 6
}

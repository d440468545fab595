package main

import "fmt"

type Arbol struct {
	izq, der *Arbol
	clave    int
}

func construir(d int) *Arbol {
	if d == 0 {
		return &Arbol{}
	}
	return &Arbol{izq: construir(d - 1), der: construir(d - 1), clave: d}
}

func contar(a *Arbol) int {
	if a == nil {
		return 0
	}
	return 1 + contar(a.izq) + contar(a.der)
}

func main() {
	total := 0
	for i := 0; i < 12; i++ {
		total += contar(construir(13))
	}
	fmt.Println(total)
}

package main

import "fmt"

type Arbol struct {
	izq, der *Arbol
	clave    int
	relleno  [2]int
}

func insertar(a *Arbol, k int) *Arbol {
	if a == nil {
		return &Arbol{clave: k}
	}
	if k < a.clave {
		a.izq = insertar(a.izq, k)
	} else {
		a.der = insertar(a.der, k)
	}
	return a
}

func main() {
	var raiz *Arbol
	x := 12345
	for i := 0; i < 120000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		raiz = insertar(raiz, x)
	}
	fmt.Println(raiz.clave > 0)
}

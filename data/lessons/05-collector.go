package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

var lista *Nodo

func main() {
	// Una lista de tres nodos, y basura: dos nodos que nadie alcanza.
	lista = &Nodo{valor: 1}
	lista.sig = &Nodo{valor: 2}
	lista.sig.sig = &Nodo{valor: 3}
	basura := &Nodo{valor: 10, sig: &Nodo{valor: 11}}
	basura = nil

	// Las líneas //memlab: son indicaciones para MemLab; Go las ignora.
	// Empieza un ciclo en segundo plano y deja que los trabajadores marquen un poco.
	//memlab:gc start
	//memlab:gc steps 8

	// Durante el marcado, el programa esconde el nodo 3: lo quita de la lista
	// y lo vuelve a colgar de un nodo que el recolector ya escaneó.
	oculto := lista.sig.sig
	lista.sig.sig = nil
	lista.valor = 100
	lista.sig = oculto

	//memlab:gc finish
	fmt.Println(lista.valor, lista.sig.valor, basura == nil)
}

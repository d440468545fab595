package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

var lista *Nodo
var basura *Nodo

func main() {
	// Una lista de ocho nodos, y basura: dos nodos que ya nadie alcanza.
	for i := 8; i >= 1; i-- {
		lista = &Nodo{valor: i, sig: lista}
	}
	basura = &Nodo{valor: 10, sig: &Nodo{valor: 11}}
	basura = nil

	// Las líneas //memlab: son indicaciones para MemLab; Go las ignora.
	// Empieza un ciclo en segundo plano y deja que los trabajadores marquen un poco;
	// luego esperan, y el programa sigue solo hasta la línea gc finish.
	//memlab:gc start
	//memlab:gc steps 4

	// Durante el marcado, el programa esconde el nodo 3: lo quita de la lista
	// y lo vuelve a colgar del primer nodo, que el recolector ya escaneó.
	oculto := lista.sig.sig
	lista.sig.sig = nil
	lista.valor = 100
	lista.sig = oculto

	//memlab:gc finish
	fmt.Println(lista.valor, lista.sig.valor, basura == nil)
}

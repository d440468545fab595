package main

import "fmt"

type Nodo struct {
	valor int
	sig   *Nodo
}

// String con receptor puntero: solo se usa al imprimir un *Nodo
func (n *Nodo) String() string {
	if n == nil {
		return "fin"
	}
	return fmt.Sprintf("%d -> %v", n.valor, n.sig)
}

func main() {
	lista := &Nodo{1, &Nodo{2, &Nodo{3, nil}}}
	fmt.Println(lista)
	fmt.Println(lista.sig.sig)
	fmt.Printf("%v\n", lista.sig)
	fmt.Printf("%s\n", lista)
	valor := *lista.sig.sig
	fmt.Println(valor.valor, valor.sig)
	var vacia *Nodo
	fmt.Println(vacia)
	var s fmt.Stringer = vacia
	fmt.Println(s.String(), s == nil)
}

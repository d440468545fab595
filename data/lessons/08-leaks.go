package main

import (
	"fmt"
	"runtime"
)

type Pedido struct {
	id    int
	datos [1024]int
}

var historial []*Pedido

func procesar(id int) int {
	p := &Pedido{id: id}
	historial = append(historial, p) // Se guarda "por si acaso": nunca se vuelve a usar
	return p.id * 2
}

func main() {
	informe := make([]byte, 1<<20) // Un búfer local: solo se usa en la línea siguiente
	informe[0] = 'A'
	total := 0
	for i := 0; i < 200; i++ {
		total += procesar(i)
	}
	runtime.GC()
	fmt.Println("pedidos guardados:", len(historial), total)

	historial = nil // Se elimina la referencia innecesaria
	runtime.GC()
	fmt.Println("pedidos guardados:", len(historial))
}

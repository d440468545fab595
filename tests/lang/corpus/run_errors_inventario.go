package main

import (
	"errors"
	"fmt"
)

type ErrStock struct {
	Producto   string
	Pedido     int
	Disponible int
}

func (e *ErrStock) Error() string {
	return fmt.Sprintf("stock insuficiente de %s: pedido %d, disponible %d", e.Producto, e.Pedido, e.Disponible)
}

var ErrProducto = errors.New("producto desconocido")

type Deposito map[string]int

func (d Deposito) Retirar(prod string, n int) error {
	disp, ok := d[prod]
	if !ok {
		return fmt.Errorf("retirar %q: %w", prod, ErrProducto)
	}
	if disp < n {
		return &ErrStock{prod, n, disp}
	}
	d[prod] = disp - n
	return nil
}

func main() {
	d := Deposito{"yerba": 10, "azucar": 3}
	pedidos := []struct {
		p string
		n int
	}{{"yerba", 4}, {"azucar", 5}, {"cafe", 1}, {"yerba", 6}}
	for _, pe := range pedidos {
		err := d.Retirar(pe.p, pe.n)
		var es *ErrStock
		switch {
		case err == nil:
			fmt.Println("ok", pe.p, pe.n)
		case errors.As(err, &es):
			fmt.Println("faltan", es.Pedido-es.Disponible, "|", err)
		case errors.Is(err, ErrProducto):
			fmt.Println("desconocido |", err)
		}
	}
	fmt.Println(d)
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Pedido struct {
	cliente string
	items   []string
	total   float64
}

func validarCliente(p Pedido) error {
	if strings.TrimSpace(p.cliente) == "" {
		return errors.New("cliente vacio")
	}
	return nil
}

func validarItems(p Pedido) error {
	if len(p.items) == 0 {
		return errors.New("sin items")
	}
	return nil
}

func validarTotal(p Pedido) error {
	if p.total <= 0 {
		return fmt.Errorf("total %.2f no positivo", p.total)
	}
	return nil
}

func procesar(p Pedido) error {
	for i, v := range []func(Pedido) error{validarCliente, validarItems, validarTotal} {
		if err := v(p); err != nil {
			return fmt.Errorf("validacion %d: %w", i+1, err)
		}
	}
	return nil
}

func main() {
	pedidos := []Pedido{
		{"Ana", []string{"pan"}, 100},
		{"  ", []string{"x"}, 1},
		{"Beto", nil, 50},
		{"Carla", []string{"leche", "cafe"}, 0},
	}
	for _, p := range pedidos {
		if err := procesar(p); err != nil {
			fmt.Println("rechazado:", err)
		} else {
			fmt.Println("aceptado:", p.cliente, len(p.items))
		}
	}
}

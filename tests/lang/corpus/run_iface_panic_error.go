package main

import "fmt"

type ErrStock struct {
	producto string
	faltan   int
}

func (e ErrStock) Error() string {
	return fmt.Sprintf("stock insuficiente de %s: faltan %d", e.producto, e.faltan)
}

func vender(stock, pedido int) error {
	if pedido > stock {
		return ErrStock{"yerba", pedido - stock}
	}
	return nil
}

func main() {
	if err := vender(5, 3); err == nil {
		fmt.Println("venta ok")
	}
	err := vender(2, 6)
	fmt.Println("error:", err)
	panic(err)
}

package main

import "fmt"

type Cuenta struct {
	Titular string
	Saldo   float64
}

func main() {
	c := Cuenta{"Ana", 1234.5}
	msg := fmt.Sprintf("Cuenta de %s: saldo $%.2f", c.Titular, c.Saldo)
	fmt.Println(msg)
	err := fmt.Errorf("no se puede retirar %.2f de %+v", 5000.0, c)
	fmt.Println(err)
	err2 := fmt.Errorf("argumentos de mas", 1, 2)
	fmt.Println(err2)
	err3 := fmt.Errorf("falta %d y %s", 5)
	fmt.Println(err3)
	err4 := fmt.Errorf("tipo incorrecto %d", "x")
	fmt.Println(err4)
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprintf("%d", nil))
	fmt.Println(fmt.Sprintf("%s", []any{1, "a", nil}))
}

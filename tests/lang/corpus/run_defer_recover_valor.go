package main

import (
	"errors"
	"fmt"
)

func probar(n int) (resultado string) {
	defer func() {
		r := recover()
		if r != nil {
			resultado = fmt.Sprintf("recuperado: %v (%T)", r, r)
		}
	}()
	switch n {
	case 0:
		panic("un string")
	case 1:
		panic(42)
	case 2:
		panic(errors.New("un error"))
	case 3:
		panic(fmt.Sprintf("formateado %d-%s", 7, "x"))
	case 4:
		var s []int
		_ = s[5]
	case 5:
		a, b := 1, 0
		_ = a / b
	}
	return "sin panic"
}

func main() {
	for i := 0; i <= 6; i++ {
		fmt.Println(i, probar(i))
	}
}

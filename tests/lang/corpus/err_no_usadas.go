package main

import (
	"errors"
	"fmt"
	"strings"
)

func main() {
	nombre := "Ana"
	edad := 30
	var saldo float64
	for i, v := range []int{1, 2} {
		fmt.Println(v)
	}
	fmt.Println(nombre)
}

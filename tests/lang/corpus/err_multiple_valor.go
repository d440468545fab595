package main

import (
	"fmt"
	"strconv"
)

func dividir(a, b int) (int, error) {
	return a / b, nil
}

func main() {
	x := dividir(10, 2)
	n := strconv.Atoi("42") + 1
	fmt.Println(x, n)
}

package main

import "fmt"

func comoEntero(v any) int {
	return v.(int)
}

func main() {
	datos := []any{7, 3, "diez"}
	suma := 0
	for _, d := range datos {
		suma += comoEntero(d)
		fmt.Println("suma parcial:", suma)
	}
}

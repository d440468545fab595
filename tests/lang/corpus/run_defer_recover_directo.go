package main

import "fmt"

func ayudante() any {
	return recover()
}

func main() {
	defer func() {
		fmt.Println("recover directo:", recover())
	}()
	defer func() {
		// recover llamado desde otra funcion no detiene el panic
		fmt.Println("recover indirecto:", ayudante())
	}()
	panic("error grave")
}

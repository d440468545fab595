package main

import "fmt"

func ayuda() any {
	return recover()
}

func envoltura() {
	func() {
		fmt.Println("anidado:", recover())
	}()
}

func main() {
	defer func() {
		fmt.Println("directo:", recover())
	}()
	defer envoltura()
	defer func() {
		fmt.Println("por ayudante:", ayuda())
	}()
	defer recover()
	defer fmt.Println(recover())
	panic("boom")
}

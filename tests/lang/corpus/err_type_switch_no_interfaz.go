package main

import "fmt"

func main() {
	edad := 30
	switch v := edad.(type) {
	case int:
		fmt.Println("entero", v)
	}
	var x any = 3
	switch x.(type) {
	case int:
		fmt.Println("int")
	case int:
		fmt.Println("otra vez int")
	}
}

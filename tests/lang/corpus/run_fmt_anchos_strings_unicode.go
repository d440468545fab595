package main

import "fmt"

func main() {
	palabras := []string{"año", "niño", "café", "go", "pingüino"}
	for _, p := range palabras {
		fmt.Printf("|%-10s|%10s|%.2s|\n", p, p, p)
	}
	fmt.Printf("|%5q|%-8q|\n", "ñ", "é")
	fmt.Printf("%x\n", "ñ")
	fmt.Printf("% X\n", "café")
	fmt.Printf("%+q\n", "pingüino")
	fmt.Printf("%c|%3c|\n", '\u00f1', '\u00e9')
	fmt.Printf("%U\n", []rune("ñé"))
}

package main

import "fmt"

func main() {
	palabra := "Corazón"
	fmt.Println(len(palabra))
	for i := range len(palabra) {
		fmt.Printf("%d=%c ", i, palabra[i])
	}
	fmt.Println()
	for i, r := range palabra {
		fmt.Printf("%d=%c ", i, r)
	}
	fmt.Println()
	cuenta := map[string]int{}
	for _, r := range "mississippi" {
		cuenta[string(r)]++
	}
	fmt.Println(cuenta)
	vocales := 0
	for _, r := range "Murciélago" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', '\u00e9':
			vocales++
		}
	}
	fmt.Println("vocales:", vocales)
}

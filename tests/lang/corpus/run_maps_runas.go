package main

import "fmt"

func main() {
	frase := "programación en go"
	letras := map[rune]int{}
	for _, r := range frase {
		if r != ' ' {
			letras[r]++
		}
	}
	fmt.Println(letras)
	fmt.Println(len(letras), letras['o'], letras['\u00f3'])

	vocales := map[byte]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true}
	n := 0
	for i := 0; i < len(frase); i++ {
		if vocales[frase[i]] {
			n++
		}
	}
	fmt.Println("vocales sin acento:", n)
	fmt.Println(vocales)
}

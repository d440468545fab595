package main

import "fmt"

func main() {
	frase := "¡Hola, señor Muñoz! ¿Cómo está?"
	runas := []rune(frase)
	fmt.Println("bytes:", len(frase), "runas:", len(runas), "cap:", cap(runas))
	var invertida []rune
	for i := len(runas) - 1; i >= 0; i-- {
		invertida = append(invertida, runas[i])
	}
	fmt.Println(string(invertida))
	fmt.Println(len(invertida), cap(invertida))

	for i, r := range runas[:6] {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()

	bs := []byte(frase)
	fmt.Println(len(bs), bs[0], bs[1])
	fmt.Println(string(runas[7:12]))
}

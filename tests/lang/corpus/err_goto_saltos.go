package main

import "fmt"

func main() {
	contador := 0
	goto fin
	total := 10
	fmt.Println(total)
fin:
	if contador > 0 {
	dentro:
		fmt.Println(contador)
	}
	goto dentro
repetido:
repetido:
	for {
		break repetido
	}
	for contador < 3 {
		contador++
		continue sinDefinir
	}
sinUso:
	switch {
	default:
		continue sinUso
	}
	goto inexistente
}

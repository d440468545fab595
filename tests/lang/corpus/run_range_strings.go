package main

import "fmt"

func main() {
	s := "año €uro"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	contador := 0
	for range s {
		contador++
	}
	fmt.Println(len(s), contador)
	invalido := "a\xffb"
	for i, r := range invalido {
		fmt.Println(i, r, string(r))
	}
}

package main

import (
	"fmt"
	"strings"
)

func esLetra(r rune) bool  { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
func esDigito(r rune) bool { return r >= '0' && r <= '9' }

func main() {
	s := "a1b22c333;d,e"
	partes := strings.FieldsFunc(s, func(r rune) bool { return !esLetra(r) })
	fmt.Printf("%q\n", partes)
	nums := strings.FieldsFunc(s, func(r rune) bool { return !esDigito(r) })
	fmt.Printf("%q\n", nums)
	fmt.Println(strings.IndexFunc("hola123", esDigito))
	fmt.Println(strings.TrimFunc("123abc456", esDigito))
	fmt.Println(strings.ToTitle("go"), strings.ToUpper("ñ"))
	fmt.Println(strings.ContainsFunc("sin numeros", esDigito))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
}

package main

import (
	"fmt"
	"strings"
)

func main() {
	entrada := "   \t  nombre: Pepe  \n"
	fmt.Printf("%q\n", strings.TrimSpace(entrada))
	fmt.Printf("%q\n", strings.Trim("--==hola==--", "-="))
	fmt.Printf("%q\n", strings.TrimLeft("000123", "0"))
	fmt.Printf("%q\n", strings.TrimRight("hola!!!", "!"))
	fmt.Printf("%q\n", strings.TrimPrefix("tp1.go", "tp"))
	fmt.Printf("%q\n", strings.TrimSuffix("tp1.go", ".go"))
	fmt.Println(strings.Replace("a-b-c-d", "-", "+", 2))
	fmt.Println(strings.Replace("a-b-c-d", "-", "", -1))
	fmt.Println(strings.ReplaceAll("el gc del go", "g", "G"))
	fmt.Println(strings.ReplaceAll("abc", "", "."))
	r := strings.NewReplacer("á", "a", "é", "e", "ó", "o")
	fmt.Println(r.Replace("canción de él y más"))
}

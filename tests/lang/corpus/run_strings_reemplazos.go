package main

import (
	"fmt"
	"strings"
)

func main() {
	// Olds que se superponen: gana el primero que aparece en los argumentos.
	r1 := strings.NewReplacer("a", "1", "aaa", "3", "aa", "2")
	fmt.Println(r1.Replace("aaaa aa a"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaa aa a"))
	// El mismo old dos veces: vale el primero.
	r3 := strings.NewReplacer("x", "primero", "x", "segundo")
	fmt.Println(r3.Replace("x-x"))
	// Bytes por bytes.
	r4 := strings.NewReplacer("<", "[", ">", "]")
	fmt.Println(r4.Replace("<hola> <mundo>"), r4.Replace("sin cambios"))
	// Bytes por cadenas.
	r5 := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r5.Replace("a < b && b > c"))
	// Un solo par largo.
	r6 := strings.NewReplacer("memoria", "RAM")
	fmt.Println(r6.Replace("memoria, memoria y mas memoria"), r6.Replace("nada"))
	// El old vacio aparece entre cada caracter.
	r7 := strings.NewReplacer("", "-")
	fmt.Println(r7.Replace("heap"))
	r8 := strings.NewReplacer("a", "A", "", "_")
	fmt.Println(r8.Replace("banana"))
	// Acentos (varios bytes) y plantillas.
	r9 := strings.NewReplacer("{nombre}", "Ana", "{materia}", "Memoria", "ñ", "n")
	fmt.Println(r9.Replace("Hola {nombre}, aprobaste {materia} en el año {anio}"))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("igual"))
	defer func() {
		fmt.Println("recuperado:", recover())
	}()
	strings.NewReplacer("a", "b", "c")
}

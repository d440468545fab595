package main

import (
	"fmt"
)

type Alumno struct {
	nombre string
	nota   int
}

func main() {
	nombre := "hola"
	nota := 7
	// Verbos que no corresponden al tipo del operando.
	fmt.Printf("%d|%5d|%-6d|%.2f|%x\n", nombre, nombre, true, nota, 2.5)
	fmt.Printf("%s|%t|%q\n", nota, nota, 3.5)
	fmt.Printf("%d\n", Alumno{"ana", 9})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%z %!\n", nota, nombre)
	// Operandos de más y de menos.
	fmt.Printf("nota: %d\n", nota, nombre, 2.5, nil)
	fmt.Printf("%d %d %s\n", nota)
	fmt.Printf("final %")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("%5.")
	fmt.Println()
	// Anchos y precisiones con *.
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 5, nota, -5, nota, 2, 3.14159)
	fmt.Printf("[%*d]\n", "ancho", nota)
	fmt.Printf("[%.*d]\n", 2.5, nota)
	fmt.Printf("[%.*d]\n", -3, nota)
	fmt.Printf("[%*d]\n", 10000000, nota)
	fmt.Printf("[%999999999d]\n", nota)
	fmt.Printf("[%.999999999d]\n", nota)
	// Índices explícitos.
	fmt.Printf("%[2]s %[1]s %s\n", "mundo", "hola")
	fmt.Printf("%[3]d %[0]d %[x]d %[1]d\n", 1, 2)
	fmt.Printf("%[2]*[1]d|\n", 7, 4)
	fmt.Printf("%[1]d %[1]x %[1]o\n", 64)
	fmt.Printf("%[5]d\n", 1, 2, 3)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[1]d extra\n", 1, 2, 3)
	// %w solo vale en Errorf.
	err := fmt.Errorf("sin saldo")
	fmt.Printf("%w\n", err)
	fmt.Println(fmt.Sprintf("%w", nota))
	envuelto := fmt.Errorf("retiro fallido: %w", err)
	fmt.Println(envuelto)
	fmt.Println(fmt.Errorf("valor %w", nota))
	fmt.Printf("%v|%d\n", err, err)
}

package main

import "fmt"

func limpiar(s string) []byte {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			b = append(b, c)
		}
	}
	return b
}

func esPalindromo(s string) bool {
	b := limpiar(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		if b[i] != b[j] {
			return false
		}
	}
	return true
}

func main() {
	frases := []string{
		"Anita lava la tina",
		"La ruta natural",
		"Memoria dinamica",
		"Yo hago yoga hoy",
		"Stack y heap",
	}
	for _, f := range frases {
		b := limpiar(f)
		fmt.Printf("%-20s %-6v len=%d cap=%d\n", f, esPalindromo(f), len(b), cap(b))
	}
}

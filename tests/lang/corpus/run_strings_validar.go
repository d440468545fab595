package main

import (
	"fmt"
	"strings"
)

func validarClave(c string) []string {
	var problemas []string
	if len(c) < 8 {
		problemas = append(problemas, "muy corta")
	}
	var mayus, minus, digito bool
	for _, r := range c {
		switch {
		case r >= 'A' && r <= 'Z', r == '\u00d1':
			mayus = true
		case r >= 'a' && r <= 'z', r == '\u00f1', r == '\u00fa':
			minus = true
		case r >= '0' && r <= '9':
			digito = true
		}
	}
	if !mayus {
		problemas = append(problemas, "sin mayusculas")
	}
	if !minus {
		problemas = append(problemas, "sin minusculas")
	}
	if !digito {
		problemas = append(problemas, "sin digitos")
	}
	if strings.Contains(strings.ToLower(c), "clave") {
		problemas = append(problemas, "contiene 'clave'")
	}
	return problemas
}

func main() {
	for _, c := range []string{"abc", "Clave1234", "Segura2024", "SOLOMAYUS", "ñandúÑ99"} {
		p := validarClave(c)
		fmt.Printf("%-10s %v %d\n", c, p, len(p))
	}
}

package main

import "fmt"

func cifrar(texto string, clave byte) []byte {
	salida := make([]byte, 0, len(texto))
	for i := 0; i < len(texto); i++ {
		c := texto[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + (c-'a'+clave)%26
		case c >= 'A' && c <= 'Z':
			c = 'A' + (c-'A'+clave)%26
		}
		salida = append(salida, c)
	}
	return salida
}

func main() {
	original := "El Garbage Collector de Go es concurrente"
	secreto := cifrar(original, 3)
	fmt.Println(string(secreto))
	fmt.Println(len(secreto), cap(secreto))
	vuelta := cifrar(string(secreto), 23)
	fmt.Println(string(vuelta))
	fmt.Println(string(vuelta) == original)
}

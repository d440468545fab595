package main

import "fmt"

func pertenece(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 30; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return -1
}

func main() {
	for y := 1.0; y >= -1.0; y -= 0.25 {
		linea := make([]byte, 0, 32)
		for x := -2.0; x <= 0.5; x += 0.1 {
			if pertenece(complex(x, y)) < 0 {
				linea = append(linea, '#')
			} else {
				linea = append(linea, '.')
			}
		}
		fmt.Println(string(linea))
	}
}

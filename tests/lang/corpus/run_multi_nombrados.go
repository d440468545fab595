package main

import "fmt"

func estadisticas(notas []float64) (promedio, maximo, minimo float64) {
	if len(notas) == 0 {
		return
	}
	minimo = notas[0]
	for _, n := range notas {
		promedio += n
		if n > maximo {
			maximo = n
		}
		if n < minimo {
			minimo = n
		}
	}
	promedio /= float64(len(notas))
	return
}

func partir(nombreCompleto string) (nombre, apellido string) {
	for i := 0; i < len(nombreCompleto); i++ {
		if nombreCompleto[i] == ' ' {
			nombre = nombreCompleto[:i]
			apellido = nombreCompleto[i+1:]
			return
		}
	}
	nombre = nombreCompleto
	return
}

func main() {
	fmt.Println(estadisticas([]float64{7, 9.5, 4, 8}))
	fmt.Println(estadisticas(nil))
	n, a := partir("Juan Gonzalez")
	fmt.Printf("%q %q\n", n, a)
	fmt.Println(partir("Cher"))
}

package main

import "fmt"

func buscar(matriz [][]int, objetivo int) (int, int) {
	fila, col := -1, -1
externo:
	for i, f := range matriz {
		for j, v := range f {
			switch {
			case v < 0:
				continue externo
			case v == objetivo:
				fila, col = i, j
				break externo
			}
		}
	}
	return fila, col
}

func conectar(fallos int) (intentos int) {
reintentar:
	intentos++
	if intentos <= fallos {
		fmt.Println("intento", intentos, "falló")
		goto reintentar
	}
	return intentos
}

func validar(edades []int) error {
	for i, e := range edades {
		if e < 0 {
			goto invalido
		}
		if i > 10 {
			break
		}
	}
	return nil
invalido:
	return fmt.Errorf("edad negativa en %v", edades)
}

func main() {
	m := [][]int{{1, 2, 3}, {-1, 7, 7}, {4, 7, 9}}
	f, c := buscar(m, 7)
	fmt.Println("encontrado en", f, c)
	f, c = buscar(m, 42)
	fmt.Println("no está:", f, c)
	fmt.Println("conectado tras", conectar(2), "intentos")
	fmt.Println(validar([]int{20, 30}), validar([]int{20, -3}))
	n := 0
bucle:
	if n < 3 {
		p := new(int)
		*p = n * n
		fmt.Print(*p, " ")
		n++
		goto bucle
	}
	fmt.Println()
}

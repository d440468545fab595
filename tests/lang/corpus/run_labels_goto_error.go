package main

import "fmt"

func procesar(datos []int) (suma int, err error) {
	for i, d := range datos {
		if d < 0 {
			err = fmt.Errorf("dato negativo en %d", i)
			goto falla
		}
		suma += d
	}
	return suma, nil
falla:
	fmt.Println("limpiando tras error")
	return 0, err
}

func main() {
	fmt.Println(procesar([]int{1, 2, 3}))
	fmt.Println(procesar([]int{4, -5, 6}))
}

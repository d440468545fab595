package main

import "fmt"

var ultimo *[]string

func historial(n int) (lineas []string) {
	defer func() {
		lineas = append(lineas, "cerrado")
		ultimo = &lineas
	}()
	for i := 0; i < n; i++ {
		lineas = append(lineas, fmt.Sprint("linea ", i))
	}
	return lineas[:1]
}

func main() {
	h := historial(3)
	fmt.Println(h, len(h), cap(h))
	fmt.Println(*ultimo)
}

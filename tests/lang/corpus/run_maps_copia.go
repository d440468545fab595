package main

import "fmt"

func duplicar(m map[string]int) map[string]int {
	copia := make(map[string]int, len(m))
	for k, v := range m {
		copia[k] = v
	}
	return copia
}

func incrementar(m map[string]int) {
	for k := range m {
		m[k] += 100
	}
}

func main() {
	original := map[string]int{"a": 1, "b": 2, "c": 3}
	copia := duplicar(original)
	incrementar(original)
	fmt.Println(original)
	fmt.Println(copia)

	mismo := original
	delete(mismo, "a")
	fmt.Println(len(original), original)

	iguales := len(copia) == 3
	for k, v := range copia {
		if original[k] != v+100 {
			iguales = false
		}
	}
	fmt.Println(iguales)
}

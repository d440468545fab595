package main

import "fmt"

func main() {
	nombre := "marcelo"
	nombre[0] = 'M'
	const pi = 3.14
	pi = 3.1416
	arr := [3]int{1, 2, 3}
	arr[5] = 4
	len(arr) = 2
	m := map[string]int{"a": 1}
	&m = nil
	fmt.Println(nombre, pi, arr, m)
}

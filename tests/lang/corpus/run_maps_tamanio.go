package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := 0; i < 1000; i++ {
		m[i] = "v"
	}
	fmt.Println(len(m))
	for i := 0; i < 1000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	suma := 0
	for k := range m {
		suma += k
	}
	fmt.Println(suma)
	m[1] = "uno"
	m[2] = "dos"
	fmt.Println(len(m), m[1], m[2], m[3], m[4] == "")
}

package main

import "fmt"

func abrir() (int, error) { return 3, nil }

func main() {
	cola := make([]string, 0, 4)
	defer new(int)
	defer make([]int, 2)
	defer cap(cola)
	defer max(1, 2)
	defer ((abrir))()
	defer recover(1)
	fmt.Println(cola)
}

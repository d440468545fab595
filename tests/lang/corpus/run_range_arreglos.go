package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	// range sobre un arreglo itera sobre una copia
	for i, v := range arr {
		arr[3] = 100
		if i == 3 {
			fmt.Println("v en la ultima vuelta:", v)
		}
	}
	fmt.Println(arr)
	arr2 := [4]int{1, 2, 3, 4}
	for i, v := range &arr2 {
		arr2[3] = 100
		if i == 3 {
			fmt.Println("con puntero:", v)
		}
	}
	sl := []int{1, 2, 3, 4}
	for i, v := range sl {
		sl[3] = 100
		if i == 3 {
			fmt.Println("con slice:", v)
		}
	}
	var matriz [2][3]string
	for i := range matriz {
		for j := range matriz[i] {
			matriz[i][j] = fmt.Sprintf("%d%d", i, j)
		}
	}
	fmt.Println(matriz)
	for i := range len(arr) {
		fmt.Print(i)
	}
	fmt.Println()
}

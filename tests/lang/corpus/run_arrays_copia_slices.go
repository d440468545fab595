package main

import "fmt"

type Registro struct {
	id    int
	datos [4]int
	tags  []string
}

func main() {
	r1 := Registro{1, [4]int{1, 2, 3, 4}, []string{"a", "b"}}
	r2 := r1
	r2.datos[0] = 100
	r2.tags[0] = "Z" // el slice comparte el arreglo subyacente
	fmt.Println(r1)
	fmt.Println(r2)
	r2.tags = append(r2.tags, "c")
	r2.tags[1] = "Y"
	fmt.Println(r1.tags, r2.tags)
	arr := [2][]int{{1}, {2}}
	arr2 := arr
	arr2[0][0] = 9
	arr2[1] = []int{8}
	fmt.Println(arr, arr2)
}

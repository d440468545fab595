package main

import "fmt"

type Muestra int16

func main() {
	var muestras []Muestra
	caps := []int{}
	for i := 0; i < 70; i++ {
		muestras = append(muestras, Muestra(i*300-10000))
		if len(caps) == 0 || caps[len(caps)-1] != cap(muestras) {
			caps = append(caps, cap(muestras))
		}
	}
	fmt.Println("capacidades:", caps)
	fmt.Println("primeras:", muestras[:5])
	fmt.Println("ultimas:", muestras[65:])

	otras := make([]int16, 3, 10)
	fmt.Println(len(otras), cap(otras), otras)
	otras = append(otras, 1, 2, 3, 4, 5, 6, 7, 8)
	fmt.Println(len(otras), cap(otras), otras)
}

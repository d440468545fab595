package main

import "fmt"

type Celsius float64

func leer() int { return 42 }

func main() {
	notas := []int{7, 9}
	temp := Celsius(21.5)
	defer (fmt.Println("entre parentesis"))
	defer leer
	defer notas[0]
	defer func() {}
	defer len(notas)
	defer append(notas, 10)
	defer Celsius(temp)
	defer int(temp)
	fmt.Println(notas, temp)
}

package main

import "fmt"

type Fecha [3]int // dia, mes, anio

func main() {
	feriados := map[Fecha]string{
		{25, 5, 2024}: "Revolucion de Mayo",
		{9, 7, 2024}:  "Independencia",
		{25, 12, 2024}: "Navidad",
	}
	consulta := Fecha{9, 7, 2024}
	if n, ok := feriados[consulta]; ok {
		fmt.Println(consulta, n)
	}
	otra := consulta
	otra[0]++
	_, ok := feriados[otra]
	fmt.Println(otra, ok)
	fmt.Println(len(feriados))
	fmt.Println(feriados)
}

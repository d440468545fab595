package main

import "fmt"

func main() {
	// modificar la variable del for de tres clausulas afecta la iteracion siguiente
	var vistos []int
	var capturas []func() int
	for i := 0; i < 10; i++ {
		vistos = append(vistos, i)
		capturas = append(capturas, func() int { return i })
		if i == 2 {
			i += 3
		}
	}
	fmt.Println(vistos)
	for _, c := range capturas {
		fmt.Print(c(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[1])
}

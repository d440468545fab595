package main

import (
	"fmt"
	"math"
)

func main() {
	capital := 100000.0
	tasa := 0.05
	for _, anios := range []int{1, 5, 10, 20} {
		simple := capital * (1 + tasa*float64(anios))
		compuesto := capital * math.Pow(1+tasa, float64(anios))
		fmt.Printf("%2d anios: simple %10.2f compuesto %10.2f\n", anios, simple, compuesto)
	}
	duplicar := math.Log(2) / math.Log(1+tasa)
	fmt.Printf("se duplica en %.2f anios (%d enteros)\n", duplicar, int(math.Ceil(duplicar)))
	cuota := capital * tasa / 12 / (1 - math.Pow(1+tasa/12, -12))
	fmt.Printf("cuota mensual: %.2f\n", cuota)
}

package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf > math.MaxFloat64, ninf < -math.MaxFloat64)
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, 0))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	cero := 0.0
	fmt.Println(1/cero, -1/cero, cero/cero)
	fmt.Println(inf-inf, inf*0, inf+1)
	fmt.Printf("%f %.2f %e %v\n", inf, ninf, nan, -cero)
	fmt.Println(math.Max(nan, 1), math.Min(ninf, 1))
	fmt.Println(math.Signbit(-cero), math.Copysign(3, -1))
}

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2))
	fmt.Println(math.Abs(-3.5), math.Abs(2))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(0), math.Log(math.E))
	fmt.Println(math.Log2(1024), math.Log10(0.001), math.Cbrt(27))
}

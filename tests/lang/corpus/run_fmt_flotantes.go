package main

import "fmt"

func main() {
	valores := []float64{3.14159265, 0.000123, 123456789.0, -2.5, 100}
	for _, v := range valores {
		fmt.Printf("%v|%f|%.2f|%8.3f|%08.3f|%e|%g\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%-10.2f|\n", 3.14159)
	fmt.Printf("%+.1f %+.1f\n", 2.0, -2.0)
	fmt.Printf("%E %G\n", 1234.5678, 0.00001234)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5)
	fmt.Printf("%6.2f%%\n", 45.678)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), 0.1+0.2)
	fmt.Printf("%v %.3v %10.4v|\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Println(1e6, 1e20, 1e21, 1e-4, 1e-5, 100.0)
}

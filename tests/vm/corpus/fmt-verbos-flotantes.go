package main

import "fmt"

func main() {
	precios := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5, 100, 123456, 1234567, 123456789.0,
		1e20, 1e21, 1e-4, 1e-5, 0.000123456, 6.02214076e23, 1.7976931348623157e308,
		5e-324, -0.0, 0.5, 1.5, 2.675, 1e100}
	for _, p := range precios {
		fmt.Println(p, float32(p))
		fmt.Printf("[%v] [%e] [%E] [%f] [%F] [%g] [%G] [%x] [%X] [%b]\n", p, p, p, p, p, p, p, p, p, p)
		fmt.Printf("[%.2f] [%.0f] [%.3e] [%.3g] [%.10g] [%.0e] [%.1x] [%8.2f] [%-8.2f] [%08.2f]\n",
			p, p, p, p, p, p, p, p, p, p)
		fmt.Printf("[%+.1f] [% .1f] [%+08.2f] [%#g] [%#.3g] [%#.0f] [%#e] [%#x] [%.3v]\n",
			p, p, p, p, p, p, p, p, p)
	}
	var medio float32 = 0.1
	fmt.Println(medio, medio*3, float64(medio))
	fmt.Printf("%v %g %.3f %e %T\n", medio, medio, medio, medio, medio)
	var cero float64
	raros := []float64{1 / cero, -1 / cero, cero / cero, -cero}
	for _, r := range raros {
		fmt.Printf("[%v] [%5.2f] [%+f] [% f] [%08.3f] [%-8v] [%e] [%x]\n", r, r, r, r, r, r, r, r)
	}
	fmt.Printf("%6.2f|%-10.4f|%010.3f|%+.2e\n", 3.14159, 2.71828, -1.5, 12345.678)
	fmt.Println(3.141592653589793, 2.718281828459045, 3.40282346638528859811704183484516925440e+38, 4.9406564584124654e-324)
	fmt.Print(1.0, 2.5, "\n")
}

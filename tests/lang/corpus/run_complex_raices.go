package main

import (
	"fmt"
	"math"
)

// raices de a*x^2 + b*x + c, complejas si el discriminante es negativo
func raices(a, b, c float64) (complex128, complex128) {
	d := b*b - 4*a*c
	if d >= 0 {
		s := math.Sqrt(d)
		return complex((-b+s)/(2*a), 0), complex((-b-s)/(2*a), 0)
	}
	s := math.Sqrt(-d)
	return complex(-b/(2*a), s/(2*a)), complex(-b/(2*a), -s/(2*a))
}

func main() {
	casos := [][3]float64{{1, -3, 2}, {1, 2, 5}, {2, 0, 8}, {1, 2, 1}}
	for _, c := range casos {
		r1, r2 := raices(c[0], c[1], c[2])
		fmt.Printf("%vx^2 + %vx + %v: %v %v\n", c[0], c[1], c[2], r1, r2)
		check := complex(c[0], 0)*r1*r1 + complex(c[1], 0)*r1 + complex(c[2], 0)
		fmt.Printf("  verificacion: %.3f\n", check)
	}
}

package main

import "fmt"

func main() {
	z := complex(2.5, -1.25)
	fmt.Printf("%v\n", z)
	fmt.Printf("%.2f\n", z)
	fmt.Printf("%8.1f|\n", z)
	fmt.Printf("%e\n", z)
	fmt.Printf("%g\n", z)
	fmt.Printf("%+.1f\n", complex(1, 1))
	var w complex64 = 1 + 1i
	fmt.Println(w, w*w)
	fmt.Println([]complex128{1, 1i, -1, -1i})
	fmt.Printf("%#v\n", z)
	fmt.Println(complex(0, 0), -z)
	fmt.Printf("%d\n", z)
}

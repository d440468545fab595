package main

import "fmt"

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a, b)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), real(b), imag(b))
	fmt.Printf("%v %T %T\n", a, a, b)
	var c complex64 = complex(1.5, -0.5)
	fmt.Println(c, real(c), imag(c))
	fmt.Printf("%T %T\n", c, real(c))
	fmt.Println(a == complex(3, 4), a != b)
	modulo2 := real(a)*real(a) + imag(a)*imag(a)
	fmt.Println(modulo2)
	fmt.Println(a * a, 1i * 1i)
}

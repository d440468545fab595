package main

import "fmt"

type Fasor complex64

func main() {
	var a complex64 = 3 + 4i
	var b complex64 = complex(float32(0.1), float32(0.2))
	fmt.Println(a, b, a+b)
	fmt.Println(real(b), imag(b))
	c := complex128(b)
	fmt.Println(c)
	var f Fasor = Fasor(a)
	fmt.Printf("%v %T\n", f, f)
	arr := [3]complex64{1, 2i, 3 + 3i}
	var s complex64
	for _, v := range arr {
		s += v
	}
	fmt.Println(s, arr)
	fmt.Println(a/b, a*0)
	var z complex128
	fmt.Println(z, z == 0)
}

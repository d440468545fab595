package main

import (
	"fmt"
	"unsafe"
)

// Un circuito en serie: cada componente tiene una impedancia compleja.
type Componente struct {
	nombre string
	z      complex128
}

type Fasor complex64

func serie(cs []Componente) complex128 {
	var total complex128
	for _, c := range cs {
		total += c.z
	}
	return total
}

func paralelo(a, b complex128) complex128 {
	return a * b / (a + b)
}

func main() {
	circuito := []Componente{
		{"resistencia", complex(100, 0)},
		{"bobina", 0 + 50i},
		{"condensador", -30i},
	}
	z := serie(circuito)
	fmt.Println("impedancia total:", z)
	fmt.Printf("parte real %.1f, reactiva %.1f\n", real(z), imag(z))
	fmt.Printf("%.2f %8.1f| %e\n", paralelo(z, 50-50i), z, z)
	fmt.Println(z == complex(100, 20), z != 100+20i, -z)

	var v Fasor = 3 + 4i
	w := complex128(v) / (1 - 1i)
	fmt.Printf("%v %T %v %T\n", v, v, w, w)
	var muestras [4]complex64
	for i := range muestras {
		muestras[i] = complex(float32(i), -float32(i)/2)
	}
	fmt.Println(muestras, len(muestras))
	fmt.Println(unsafe.Sizeof(z), unsafe.Sizeof(v), unsafe.Sizeof(circuito[0]), unsafe.Alignof(v))

	var cero complex128
	fmt.Println(cero, 1/cero == cero, real(1i*1i), imag(2+3i))
	p := &circuito[1].z
	*p *= 2
	fmt.Println(circuito[1])
}

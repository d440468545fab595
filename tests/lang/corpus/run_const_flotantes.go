package main

import "fmt"

const (
	Tercio     = 1.0 / 3
	Dos        = Tercio * 6
	Mitad      = 1 / 2
	MitadReal  = 1 / 2.0
	Gravedad   = 9.80665
	Avogadro   = 6.02214076e23
)

func main() {
	fmt.Println(Tercio, Dos, Mitad, MitadReal)
	fmt.Println(Dos == 2)
	var f32 float32 = Tercio
	fmt.Println(f32, float64(f32))
	fmt.Println(Gravedad*2, Avogadro)
	fmt.Println(Avogadro / 1e23)
	fmt.Printf("%.10f %e %g\n", Tercio, Avogadro, Gravedad)
	x := 10
	fmt.Println(x / 4, float64(x) / 4, 10 / 4.0)
	var n int = 7.0
	fmt.Println(n)
	const big = 1e3
	fmt.Println(big, int(big))
}

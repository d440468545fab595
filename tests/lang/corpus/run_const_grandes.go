package main

import "fmt"

const Enorme = 1 << 100
const Chico = Enorme >> 98
const Medio = Enorme / (1 << 90)

func main() {
	fmt.Println(Chico, Medio)
	fmt.Println(1 << 100 >> 98)
	var x int64 = Enorme >> 70
	fmt.Println(x)
	fmt.Println(Enorme / Enorme)
	const f = Enorme * 1.0
	fmt.Println(f / (1 << 99))
	fmt.Printf("%T %T\n", Chico, f/(1<<99))
	const grande = 123456789012345678901234567890
	fmt.Println(grande % 1000000007)
	fmt.Println(float64(Enorme))
}

package main

import "fmt"

type Metros float64
type Segundos float64

const LimiteVelocidad = 120
const Distancia Metros = 1500
const Tiempo Segundos = 60

func main() {
	var a int = LimiteVelocidad
	var b float64 = LimiteVelocidad
	var c int8 = LimiteVelocidad
	var d Metros = LimiteVelocidad
	fmt.Println(a, b, c, d)
	fmt.Printf("%T %T %T %T\n", a, b, c, d)
	velocidad := float64(Distancia) / float64(Tiempo)
	fmt.Println(velocidad)
	fmt.Printf("%T %T\n", Distancia, LimiteVelocidad)
	const x = 'A'
	fmt.Println(x, string(rune(x)), x+1)
	fmt.Printf("%T %T\n", x, x+1.0)
	const s = "hola"
	fmt.Println(len(s), s+" mundo")
	const t = true && !false
	fmt.Println(t)
}

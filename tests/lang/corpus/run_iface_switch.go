package main

import "fmt"

type Celsius float64
type Fahrenheit float64

type Temperatura interface {
	EnCelsius() Celsius
}

func (c Celsius) EnCelsius() Celsius    { return c }
func (f Fahrenheit) EnCelsius() Celsius { return Celsius((f - 32) * 5 / 9) }

func informar(t Temperatura) {
	switch v := t.(type) {
	case Celsius:
		fmt.Printf("%.1f C\n", float64(v))
	case Fahrenheit:
		fmt.Printf("%.1f F = %.1f C\n", float64(v), float64(v.EnCelsius()))
	}
}

func main() {
	ts := []Temperatura{Celsius(21.5), Fahrenheit(98.6), Fahrenheit(32), Celsius(-3)}
	for _, t := range ts {
		informar(t)
	}
	fmt.Println(ts)
	fmt.Printf("%v %T\n", ts[1], ts[1])
	var suma Celsius
	for _, t := range ts {
		suma += t.EnCelsius()
	}
	fmt.Printf("%.2f\n", suma)
}

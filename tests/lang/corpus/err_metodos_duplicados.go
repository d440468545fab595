package main

type Temperatura float64

func (t Temperatura) Celsius() float64 { return float64(t) }

func (t Temperatura) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

func (t *Temperatura) Celsius() float64 { return 0 }

type Sensor struct {
	Temperatura
	nombre string
}

func (s Sensor) nombre() string { return "x" }

func main() {}

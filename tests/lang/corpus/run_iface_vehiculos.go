package main

import "fmt"

type Vehiculo interface {
	Ruedas() int
	Nombre() string
}

type Auto struct{ marca string }
type Moto struct{ cilindrada int }
type Bici struct{}

func (a Auto) Ruedas() int     { return 4 }
func (a Auto) Nombre() string  { return "auto " + a.marca }
func (m *Moto) Ruedas() int    { return 2 }
func (m *Moto) Nombre() string { return fmt.Sprintf("moto %dcc", m.cilindrada) }
func (Bici) Ruedas() int       { return 2 }
func (Bici) Nombre() string    { return "bici" }

func main() {
	garage := []Vehiculo{Auto{"Fiat"}, &Moto{150}, Bici{}, &Auto{"Ford"}}
	total := 0
	for _, v := range garage {
		total += v.Ruedas()
		fmt.Printf("%-12s %d %T\n", v.Nombre(), v.Ruedas(), v)
	}
	fmt.Println("ruedas:", total)
	fmt.Println(garage[0], garage[2])
	fmt.Printf("%+v %v\n", garage[0], garage[2])
}

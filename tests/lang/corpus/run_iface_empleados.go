package main

import "fmt"

type Pagable interface {
	Sueldo() float64
}

type Empleado struct {
	nombre string
	base   float64
}

type Gerente struct {
	Empleado
	bono float64
}

type Pasante struct {
	nombre string
	horas  int
}

func (e Empleado) Sueldo() float64 { return e.base }
func (g Gerente) Sueldo() float64  { return g.base + g.bono }
func (p Pasante) Sueldo() float64  { return float64(p.horas) * 1200 }

func main() {
	nomina := []Pagable{
		Empleado{"Ana", 500000},
		Gerente{Empleado{"Beto", 800000}, 200000},
		Pasante{"Carla", 80},
	}
	total := 0.0
	for _, p := range nomina {
		total += p.Sueldo()
		switch x := p.(type) {
		case Gerente:
			fmt.Println("gerente", x.nombre, x.Sueldo(), x.Empleado.Sueldo())
		case Empleado:
			fmt.Println("empleado", x.nombre, x.Sueldo())
		default:
			fmt.Printf("%T %v\n", x, x)
		}
	}
	fmt.Printf("total: %.0f\n", total)
}

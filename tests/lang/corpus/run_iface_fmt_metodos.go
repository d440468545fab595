package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Sensor struct {
	Nombre string
	Temp   Celsius
}

type Alarma struct{ nivel int }

func (a *Alarma) String() string {
	if a.nivel > 2 {
		panic("nivel fuera de rango")
	}
	return fmt.Sprint("alarma ", a.nivel)
}

type Codigo int

func (c Codigo) Error() string { return fmt.Sprintf("código %d", int(c)) }

type Nodo struct {
	Valor int
	Sig   *Nodo
}

func (n *Nodo) String() string { return fmt.Sprintf("(%d)", n.Valor) }

func main() {
	s := Sensor{"patio", 21.5}
	fmt.Println(s)
	fmt.Printf("%v %+v\n", s, s)
	fmt.Println(&s)
	fmt.Println([]Celsius{1, 2.5}, map[string]Celsius{"a": 3})
	fmt.Printf("%d %s %q %x %X\n", Codigo(7), Codigo(7), Codigo(7), Celsius(1), Celsius(1))
	fmt.Printf("%v|%d\n", Celsius(4), Codigo(9))
	a := &Alarma{1}
	b := &Alarma{5}
	fmt.Println(a, b)
	fmt.Println(Alarma{1})
	var sinAlarma *Alarma
	fmt.Println(sinAlarma)
	lista := &Nodo{1, &Nodo{2, nil}}
	fmt.Println(lista, *lista)
	errs := []error{Codigo(1), nil, Codigo(2)}
	fmt.Println(errs)
}

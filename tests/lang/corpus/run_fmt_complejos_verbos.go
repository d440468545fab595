package main

import "fmt"

type Temp float64

type Lectura struct {
	Sensor string
	Valor  Temp
	OK     bool
}

func main() {
	ls := []Lectura{{"A", 21.5, true}, {"B", -3.25, false}}
	for _, l := range ls {
		fmt.Printf("%-3s|%6.2f|%t|%v\n", l.Sensor, l.Valor, l.OK, l)
	}
	fmt.Printf("%v\n", ls)
	fmt.Printf("%+v\n", ls)
	fmt.Printf("%#v\n", ls[0])
	fmt.Printf("%.1f\n", ls[1].Valor)
	fmt.Printf("%6.1f|%-8v|%8v|\n", Temp(3), Temp(2.5), "x")
	fmt.Printf("%v %g %e\n", Temp(1e-7), Temp(1e21), Temp(123.456))
}

package main

import "fmt"

type Punto struct{ X, Y int }

func (p Punto) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Temp float64

func (t *Temp) String() string { return fmt.Sprint(float64(*t), "°C") }

type MiError struct{ cod int }

func (e *MiError) Error() string { return fmt.Sprintf("error %d", e.cod) }

func falla(n int) error {
	if n > 0 {
		return &MiError{n}
	}
	return nil
}

func main() {
	p := Punto{1, 2}
	fmt.Println(p, &p, []int{1})
	fmt.Printf("%v %s %d|%q\n", p, p, p, p)
	t := Temp(21.5)
	fmt.Println(t, &t)
	s := fmt.Sprint(p, "-", p)
	fmt.Println(s, len(s))
	err := falla(3)
	fmt.Println(err, falla(0) == nil)
	fmt.Printf("%v!\n", err)
}

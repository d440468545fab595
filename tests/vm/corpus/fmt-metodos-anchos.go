package main

import "fmt"

type Moneda int

func (m Moneda) String() string { return fmt.Sprintf("$%d", int(m)) }

type Falla struct{ codigo int }

func (f *Falla) Error() string { return fmt.Sprintf("falla %d", f.codigo) }

type Rara struct{}

func (Rara) String() string { panic("sin texto") }

type Cuenta struct {
	Saldo Moneda
	deuda Moneda
}

func main() {
	m := Moneda(42)
	fmt.Printf("[%v] [%8v] [%-8s|] [%q] [%x] [%X] [% x] [%.2s] [%d] [%5d] [%#v] [%T]\n",
		m, m, m, m, m, m, m, m, m, m, m, m)
	f := &Falla{7}
	fmt.Printf("[%v] [%12v] [%-12s|] [%q] [%x] [%+v] [%#v]\n", f, f, f, f, f, f, Falla{1})
	var err error = f
	fmt.Printf("[%v] [%s] [%10.5v]\n", err, err, err)
	fmt.Printf("[%v] [%10v] [%s] [%d]\n", Rara{}, Rara{}, Rara{}, Rara{})
	c := Cuenta{5, 6}
	fmt.Printf("%v %+v [%6v] %#v\n", c, c, c, c)
	fmt.Printf("%v [%4v] %d\n", []Moneda{1, 2}, []Moneda{3}, []Moneda{4})
	fmt.Printf("%v %x\n", map[Moneda]Moneda{1: 10}, map[string]Moneda{"a": 255})
	var nula *Falla
	fmt.Printf("[%v] [%8v] [%s]\n", nula, nula, nula)
	envuelto := fmt.Errorf("pago: %w", err)
	fmt.Println(envuelto)
	fmt.Printf("%v|%s|%q\n", envuelto, envuelto, envuelto)
	fmt.Println(fmt.Errorf("doble: %w y %v", f, m))
	n, e := fmt.Println("hola", m, 3)
	fmt.Println(n, e)
	n, e = fmt.Printf("%5d|%s\n", 7, "ñandú")
	fmt.Println(n, e)
	n, e = fmt.Print("sin salto", 1, 2, "\n")
	fmt.Println(n, e)
	total := 0
	for i := 0; i < 3; i++ {
		k, _ := fmt.Printf("%d:%s ", i, "ab")
		total += k
	}
	fmt.Println()
	fmt.Println("total", total)
}

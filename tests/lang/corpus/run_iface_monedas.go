package main

import "fmt"

type Moneda interface {
	EnPesos() float64
	fmt.Stringer
}

type Dolar float64
type Euro float64
type Peso float64

func (d Dolar) EnPesos() float64 { return float64(d) * 1000 }
func (e Euro) EnPesos() float64  { return float64(e) * 1100 }
func (p Peso) EnPesos() float64  { return float64(p) }
func (d Dolar) String() string   { return fmt.Sprintf("US$%.2f", float64(d)) }
func (e Euro) String() string    { return fmt.Sprintf("EUR %.2f", float64(e)) }
func (p Peso) String() string    { return fmt.Sprintf("$%.2f", float64(p)) }

func main() {
	billetera := []Moneda{Dolar(20), Euro(5.5), Peso(1234.5)}
	total := 0.0
	for _, m := range billetera {
		fmt.Println(m, "=", m.EnPesos())
		total += m.EnPesos()
	}
	fmt.Println(billetera)
	fmt.Printf("total %.2f\n", total)
	var s fmt.Stringer = billetera[1]
	fmt.Println(s)
}

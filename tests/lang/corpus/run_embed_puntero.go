package main

import "fmt"

type Contador struct {
	n int
}

func (c *Contador) Inc()     { c.n++ }
func (c Contador) Valor() int { return c.n }

type Visitas struct {
	*Contador
	pagina string
}

type Descargas struct {
	Contador
	archivo string
}

func main() {
	compartido := &Contador{}
	a := Visitas{compartido, "/inicio"}
	b := Visitas{compartido, "/ayuda"}
	a.Inc()
	b.Inc()
	b.Inc()
	fmt.Println(a.Valor(), b.Valor(), compartido.n)

	d := Descargas{archivo: "tp.pdf"}
	d.Inc()
	copia := d
	copia.Inc()
	fmt.Println(d.Valor(), copia.Valor())
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	fmt.Println(a.pagina, a.Contador.n)
}

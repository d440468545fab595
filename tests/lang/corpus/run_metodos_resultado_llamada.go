package main

import "fmt"

type Cuenta struct {
	titular string
	saldo   int
}

func nuevaCuenta(titular string) Cuenta {
	return Cuenta{titular: titular, saldo: 100}
}

func abrirCuenta(titular string) *Cuenta {
	return &Cuenta{titular: titular}
}

func (c Cuenta) Saldo() int { return c.saldo }

func (c Cuenta) ConDeposito(monto int) Cuenta {
	c.saldo += monto
	return c
}

func (c *Cuenta) Depositar(monto int) *Cuenta {
	c.saldo += monto
	return c
}

type Figura interface {
	Area() float64
	Nombre() string
}

type Rectangulo struct{ ancho, alto float64 }

func (r Rectangulo) Area() float64   { return r.ancho * r.alto }
func (r Rectangulo) Nombre() string  { return "rectángulo" }

type Circulo struct{ radio float64 }

func (c Circulo) Area() float64  { return 3 * c.radio * c.radio }
func (c Circulo) Nombre() string { return "círculo" }

func crearFigura(tipo string) Figura {
	if tipo == "circulo" {
		return Circulo{radio: 2}
	}
	return Rectangulo{ancho: 3, alto: 4}
}

func main() {
	fmt.Println(nuevaCuenta("Ana").Saldo())
	fmt.Println(nuevaCuenta("Luis").ConDeposito(50).ConDeposito(25).Saldo())
	fmt.Println(abrirCuenta("Eva").Depositar(10).Depositar(5).saldo)

	// Métodos de una interfaz sobre el resultado de una llamada.
	fmt.Println(crearFigura("circulo").Nombre(), crearFigura("circulo").Area())
	fmt.Println(crearFigura("rect").Nombre(), crearFigura("rect").Area())
}

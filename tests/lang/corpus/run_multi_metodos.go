package main

import "fmt"

type Rect struct{ ancho, alto float64 }

func (r Rect) Dimensiones() (float64, float64) { return r.ancho, r.alto }
func (r Rect) AreaYPerimetro() (area, per float64) {
	area = r.ancho * r.alto
	per = 2 * (r.ancho + r.alto)
	return
}

func NuevoRect(a, b float64) Rect { return Rect{a, b} }

func escalar(a, b float64) (float64, float64) { return a * 2, b * 2 }

func main() {
	r := Rect{3, 4}
	fmt.Println(r.Dimensiones())
	fmt.Println(r.AreaYPerimetro())
	doble := NuevoRect(escalar(r.Dimensiones()))
	fmt.Println(doble)
	fmt.Println(NuevoRect(r.Dimensiones()).AreaYPerimetro())
	fmt.Println(fmt.Sprint(doble.AreaYPerimetro()))
}

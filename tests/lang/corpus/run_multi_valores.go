package main

import "fmt"

type Punto struct{ X, Y int }

func dividir(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("division por cero: %d/%d", a, b)
	}
	return a / b, nil
}

func coordenadas() (int, int) { return 3, 4 }

func nuevoPunto(x, y int) Punto { return Punto{x, y} }

func puntoYNombre() (Punto, string) { return Punto{1, 2}, "origen" }

func mostrar(p Punto, nombre string) string { return fmt.Sprintf("%s=%v", nombre, p) }

func sumarTodos(base int, resto ...int) int {
	for _, r := range resto {
		base += r
	}
	return base
}

func reenviar() (int, error) { return dividir(10, 2) }

func main() {
	fmt.Println(dividir(7, 2))
	fmt.Println(dividir(1, 0))
	p := nuevoPunto(coordenadas())
	fmt.Println(p, mostrar(puntoYNombre()))
	fmt.Println(sumarTodos(coordenadas()))
	v, err := reenviar()
	fmt.Printf("%d %v\n", v, err)
	s := fmt.Sprint(coordenadas())
	fmt.Println(s, len(s))
	for i := 0; i < 2; i++ {
		fmt.Println(coordenadas())
	}
}

package main

import "fmt"

// Una pila de int16: el arreglo empieza en el stack del frame.
type Pila struct {
	datos []int16
}

func (p *Pila) Apilar(v int16) {
	p.datos = append(p.datos, v)
}

func (p *Pila) Desapilar() int16 {
	v := p.datos[len(p.datos)-1]
	p.datos = p.datos[:len(p.datos)-1]
	return v
}

// Recursión profunda con variables grandes: el stack de la goroutine crece y se copia
// mientras cada nivel tiene su propio []int16 en su frame y le pasa una porción al
// siguiente; al copiarse el stack, esas porciones tienen que seguir apuntando bien.
func profundidad(n int, padre []int16) int {
	var local []int16
	var relleno [40]int64
	for i := 0; i < 5; i++ {
		local = append(local, int16(n*10+i))
	}
	relleno[n%40] = int64(n)
	desdePadre := 0
	for _, v := range padre {
		desdePadre += int(v)
	}
	if n == 0 {
		return desdePadre
	}
	r := profundidad(n-1, local[1:3])
	if int(relleno[n%40]) != n || local[4] != int16(n*10+4) {
		fmt.Println("se perdió un valor en el nivel", n)
	}
	return r + desdePadre%7
}

func main() {
	var p Pila
	for i := 1; i <= 20; i++ {
		p.Apilar(int16(i * i))
	}
	fmt.Println("en la pila:", len(p.datos), "capacidad:", cap(p.datos))
	suma := 0
	for len(p.datos) > 5 {
		suma += int(p.Desapilar())
	}
	fmt.Println("suma:", suma, "quedan:", p.datos)

	var alturas []int16
	for i := 0; i < 20; i++ {
		alturas = append(alturas, int16(150+i))
		if i == 0 || i == 15 || i == 16 {
			fmt.Println("alturas:", len(alturas), cap(alturas))
		}
	}
	fmt.Println("resultado:", profundidad(300, alturas[:2]))
	fmt.Println("alturas sigue igual:", alturas[0], alturas[19])
}

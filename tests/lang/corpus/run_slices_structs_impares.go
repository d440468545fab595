package main

import "fmt"

// Un píxel ocupa 3 bytes: ni 4 ni 8.
type Pixel struct {
	R, G, B byte
}

// Una fecha compacta: 5 bytes.
type Fecha struct {
	Dia, Mes byte
	Anio     [3]byte
}

// Un registro de 7 bytes.
type Sensor struct {
	ID     [4]byte
	Activo bool
	Nivel  int16
}

func brillo(p Pixel) int {
	return (int(p.R) + int(p.G) + int(p.B)) / 3
}

func main() {
	var fila []Pixel
	capAnterior := -1
	for i := 0; i < 40; i++ {
		fila = append(fila, Pixel{byte(i * 6), byte(255 - i*6), byte(i)})
		if cap(fila) != capAnterior {
			capAnterior = cap(fila)
			fmt.Printf("fila: len=%d cap=%d\n", len(fila), cap(fila))
		}
	}
	fmt.Println("primero:", fila[0], "último:", fila[len(fila)-1])
	fmt.Println("brillo del píxel 10:", brillo(fila[10]))

	// Una ventana de la fila: comparte el arreglo.
	ventana := fila[5:9]
	ventana[0] = Pixel{1, 1, 1}
	fmt.Println("ventana: len", len(ventana), "cap", cap(ventana), "primero", ventana[0])
	fmt.Println("fila[5] cambió:", fila[5])

	fechas := make([]Fecha, 0, 3)
	for d := 1; d <= 10; d++ {
		fechas = append(fechas, Fecha{byte(d), 3, [3]byte{2, 0, 26}})
		fmt.Printf("fechas: %d/%d ", len(fechas), cap(fechas))
	}
	fmt.Println()
	fmt.Println(fechas[9], fechas[:2])

	sensores := []Sensor{{[4]byte{'A', '1'}, true, 10}}
	for i := 0; i < 6; i++ {
		s := Sensor{[4]byte{'B', byte('0' + i)}, i%2 == 0, int16(-100 * i)}
		sensores = append(sensores, s)
	}
	activos := 0
	for _, s := range sensores {
		if s.Activo {
			activos++
		}
	}
	fmt.Println("sensores:", len(sensores), cap(sensores), "activos:", activos)
	fmt.Printf("%v\n", sensores[len(sensores)-1])
}

package main

import "fmt"

// Color ocupa 3 bytes
type Color struct {
	r, g, b uint8
}

func main() {
	var paleta []Color
	prev := 0
	for i := 0; i < 100; i++ {
		paleta = append(paleta, Color{uint8(i), uint8(255 - i), uint8(i * 2)})
		if cap(paleta) != prev {
			prev = cap(paleta)
			fmt.Println(len(paleta), "->", cap(paleta))
		}
	}
	fmt.Println(paleta[0], paleta[99])

	var codigos [][5]byte
	prev = 0
	for i := 0; i < 60; i++ {
		codigos = append(codigos, [5]byte{'A', byte('0' + i%10), 'B', 'C', 'D'})
		if cap(codigos) != prev {
			prev = cap(codigos)
			fmt.Println(len(codigos), "=>", cap(codigos))
		}
	}
	fmt.Println(string(codigos[7][:]))
}

package main

import (
	"fmt"
	"strings"
)

type Fecha struct {
	dia, mes, anio int
}

func (f Fecha) String() string {
	return fmt.Sprintf("%02d/%02d/%04d", f.dia, f.mes, f.anio)
}

func barra(v, max int) string {
	n := v * 20 / max
	return fmt.Sprintf("[%-20s] %3d%%", strings.Repeat("#", n), v*100/max)
}

func main() {
	f := Fecha{5, 3, 2024}
	fmt.Println(f)
	s := fmt.Sprintf("hoy es %v y manana %s", f, Fecha{6, 3, 2024})
	fmt.Println(s)
	for _, v := range []int{0, 7, 13, 20} {
		fmt.Println(barra(v, 20))
	}
	id := fmt.Sprintf("%s-%03d-%x", "ALU", 7, 48879)
	fmt.Println(id, len(id))
	fmt.Println(fmt.Sprintf("%6.2f", 3.14159) + "|")
	fmt.Println(fmt.Sprint(f, " ", &f))
}

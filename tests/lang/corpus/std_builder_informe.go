package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Alumno struct {
	Nombre string
	Notas  []int
}

func informe(alumnos []Alumno) string {
	var sb strings.Builder
	sb.WriteString("INFORME\n")
	sb.WriteString(strings.Repeat("=", 20))
	sb.WriteByte('\n')
	for _, a := range alumnos {
		suma := 0
		for _, n := range a.Notas {
			suma += n
		}
		sb.WriteString(strings.ToUpper(a.Nombre))
		sb.WriteString(": ")
		sb.WriteString(strconv.Itoa(suma / len(a.Notas)))
		sb.WriteRune('✓')
		sb.WriteByte('\n')
		fmt.Println("largo", sb.Len(), "capacidad", sb.Cap())
	}
	return sb.String()
}

func main() {
	alumnos := []Alumno{
		{"ana", []int{7, 8, 9}},
		{"luis", []int{5, 6}},
		{"eva", []int{10, 9, 8, 10}},
	}
	texto := informe(alumnos)
	fmt.Print(texto)
	lineas := strings.Split(strings.TrimSpace(texto), "\n")
	fmt.Println(len(lineas), strings.Join(lineas[2:], " | "))
	fmt.Println(strings.Fields("  uno  dos tres "), strings.Contains(texto, "EVA"))
}

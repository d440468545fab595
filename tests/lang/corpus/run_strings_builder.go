package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&sb, "%d^2=%d", i, i*i)
		if i < 5 {
			sb.WriteString(", ")
		}
	}
	sb.WriteByte('.')
	sb.WriteRune('\u2713')
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	sb.WriteString("nuevo")
	fmt.Println(sb.String(), sb.Len())
	var lineas strings.Builder
	for _, n := range []string{"Ana", "Beto"} {
		lineas.WriteString("Hola " + n + "\n")
	}
	fmt.Print(lineas.String())
}

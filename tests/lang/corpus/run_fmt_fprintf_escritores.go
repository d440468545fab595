package main

import (
	"fmt"
	"os"
	"strings"
)

type Registro struct {
	lineas int
}

// Registro es un io.Writer propio: cuenta las lineas que recibe.
func (r *Registro) Write(p []byte) (int, error) {
	r.lineas += strings.Count(string(p), "\n")
	fmt.Printf("registro <- %q\n", p)
	return len(p), nil
}

func main() {
	var sb strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&sb, "%d^2=%d ", i, i*i)
	}
	fmt.Fprint(&sb, "x", 1, 2, "y")
	fmt.Fprintln(&sb, " fin", 3.5)
	fmt.Print(sb.String())
	fmt.Println(sb.Len())

	n, err := fmt.Fprintln(os.Stdout, "a stdout", 42)
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "aviso: %s\n", "a stderr")
	os.Stdout.WriteString("directo\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name())

	r := &Registro{}
	fmt.Fprintf(r, "memoria %d KB\n", 64)
	fmt.Fprintln(r, "heap", "stack")
	fmt.Println("lineas:", r.lineas)
}

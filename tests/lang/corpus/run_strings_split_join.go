package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "Juan,Gonzalez,34,Caseros"
	campos := strings.Split(csv, ",")
	fmt.Println(len(campos), campos)
	fmt.Printf("%q\n", campos)
	fmt.Println(strings.Join(campos, " | "))
	fmt.Printf("%q\n", strings.Split("a,,b,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Println(strings.Join(nil, "-"), strings.Join([]string{"solo"}, "-"))
	ruta := strings.Join([]string{"home", "alumno", "tp1.go"}, "/")
	fmt.Println(ruta)
	fmt.Printf("%q\n", strings.Fields("  hola   mundo \t y\nchau  "))
}

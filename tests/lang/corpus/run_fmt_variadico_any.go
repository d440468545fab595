package main

import "fmt"

func registrar(nivel string, partes ...any) {
	fmt.Print("[", nivel, "] ")
	fmt.Println(partes...)
}

func main() {
	datos := []any{1, "dos", 3.5, nil, []int{4}}
	fmt.Println(datos...)
	fmt.Print(datos...)
	fmt.Println()
	fmt.Printf("%v-%v-%v-%v-%v\n", datos...)
	s := fmt.Sprint(datos[:2]...)
	fmt.Println(s, len(fmt.Sprintln(datos...)))
	var vacio []any
	fmt.Println(vacio...)
	fmt.Printf("%d %d\n", vacio...)
	n, err := fmt.Println(datos[1:]...)
	fmt.Println(n, err)
	registrar("info", "heap:", 128, "bytes")
	registrar("error")
	e := fmt.Errorf("%v y %v", datos...)
	fmt.Println(e)
}

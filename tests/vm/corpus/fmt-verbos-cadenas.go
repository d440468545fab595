package main

import "fmt"

type Nombre string

func main() {
	palabras := []string{"", "hola", "año", "tab\there", "comillas \"y\" `tildes`", "línea\nnueva", "\x00\x7f\xff", "日本語"}
	for _, p := range palabras {
		fmt.Printf("[%s] [%8s] [%-8s|] [%.2s] [%5.1s] [%08s] [%-08s]\n", p, p, p, p, p, p, p)
		fmt.Printf("[%q] [%+q] [%#q] [%#+q] [%12q] [%.3q]\n", p, p, p, p, p, p)
		fmt.Printf("[%x] [%X] [% x] [%#x] [%# X] [%.2x] [%10x] [%-10x|] [%#-12x|] [%010x]\n", p, p, p, p, p, p, p, p, p, p)
		fmt.Printf("[%v] [%#v] [%T]\n", p, p, p)
	}
	datos := []byte("hola")
	var vacio []byte
	fmt.Printf("[%s] [%q] [%x] [%X] [% x] [%#x] [%.2s] [%6s] [%v] [%d] [%#v] [%o]\n",
		datos, datos, datos, datos, datos, datos, datos, datos, datos, datos, datos, datos)
	fmt.Printf("[%s] [%q] [%x] [%5x] [%v] [%#v]\n", vacio, vacio, vacio, vacio, vacio, vacio)
	arreglo := [3]byte{'a', 'b', 'c'}
	fmt.Printf("[%s] [%x] [%v] [%#v] [%q]\n", arreglo, arreglo, arreglo, arreglo, arreglo)
	n := Nombre("Lucía")
	fmt.Printf("[%v] [%s] [%q] [%x] [%#v] [%T] [%d]\n", n, n, n, n, n, n, n)
	fmt.Printf("%s %v\n", []string{"a", "b"}, [2]string{"c", "d"})
	fmt.Printf("%q %#v\n", []string{"a b", "c"}, []string{"x"})
	fmt.Printf("%x %X\n", []string{"hi", "yo"}, [][]byte{[]byte("ab")})
	fmt.Printf("[%5t] [%-6t] [%v] [%#v] [%q]\n", true, false, true, false, true)
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, n, 3, "\n")
	s := fmt.Sprint("x", 1, 2, "y", nil, nil, []int{1}, "z")
	fmt.Println(s, len(s))
	fmt.Print(fmt.Sprintln("uno", 2, nil, 'c', "tres"))
}

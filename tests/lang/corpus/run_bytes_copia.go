package main

import "fmt"

func main() {
	origen := []byte("memoria dinamica")
	destino := make([]byte, 7)
	n := copy(destino, origen)
	fmt.Println("copiados:", n, string(destino))
	fmt.Println(len(destino), cap(destino))

	grande := make([]byte, 40)
	n = copy(grande, origen)
	fmt.Println("copiados:", n, len(grande), cap(grande))
	fmt.Printf("%q\n", string(grande[:n]))

	// copy desde un string directamente
	buf := make([]byte, 5)
	n = copy(buf, "stack y heap")
	fmt.Println(n, string(buf), buf)

	// copy solapado dentro del mismo slice
	s := []byte("abcdefgh")
	copy(s[2:], s)
	fmt.Println(string(s))
	s = []byte("abcdefgh")
	copy(s, s[3:])
	fmt.Println(string(s))
}

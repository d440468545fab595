package main

import "fmt"

func main() {
	clave := []byte("Persona")
	fmt.Printf("%x\n", clave)
	fmt.Printf("% x\n", clave)
	fmt.Printf("%X\n", clave)
	fmt.Printf("%v\n", clave)
	fmt.Printf("%s\n", clave)
	fmt.Printf("%q\n", clave)
	fmt.Println(clave)

	var suma byte
	for _, c := range clave {
		suma += c
	}
	fmt.Println("checksum:", suma)

	vacio := []byte{}
	var nulo []byte
	fmt.Printf("[%x] [%s] %v %v\n", vacio, nulo, vacio == nil, nulo == nil)
	fmt.Println(len(vacio), cap(vacio), len(nulo), cap(nulo))
}

package main

import "fmt"

func main() {
	var mensaje []byte
	fmt.Println("inicio:", len(mensaje), cap(mensaje), mensaje == nil)
	texto := "Hola, esto es un mensaje bastante largo para la clase"
	ultimaCap := cap(mensaje)
	for i := 0; i < len(texto); i++ {
		mensaje = append(mensaje, texto[i])
		if cap(mensaje) != ultimaCap {
			fmt.Printf("len=%d cap=%d\n", len(mensaje), cap(mensaje))
			ultimaCap = cap(mensaje)
		}
	}
	fmt.Println(string(mensaje))
	fmt.Println("final:", len(mensaje), cap(mensaje))
}

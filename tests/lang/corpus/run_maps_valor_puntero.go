package main

import "fmt"

type Persona struct {
	nombre string
	edad   int
}

func main() {
	porValor := map[string]Persona{"p": {"Pepe", 23}}
	porPuntero := map[string]*Persona{"p": {"Pepe", 23}}

	v := porValor["p"]
	v.edad = 99
	pp := porPuntero["p"]
	pp.edad = 99

	fmt.Println(porValor["p"].edad, porPuntero["p"].edad)
	fmt.Println(porValor)
	fmt.Println(*porPuntero["p"])

	porPuntero["q"] = porPuntero["p"]
	porPuntero["q"].nombre = "Jose"
	fmt.Println(porPuntero["p"].nombre, len(porPuntero))
	fmt.Println(porPuntero["p"] == porPuntero["q"])
}

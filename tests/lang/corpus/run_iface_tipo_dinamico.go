package main

import "fmt"

type Persona struct {
	Nombre string
	Edad   int
}

func main() {
	var x any
	fmt.Printf("%v %T\n", x, x)
	x = 10
	fmt.Printf("%v %T\n", x, x)
	x = "diez"
	fmt.Printf("%v %T\n", x, x)
	x = Persona{"Ana", 30}
	fmt.Printf("%v %T\n", x, x)
	fmt.Printf("%+v\n", x)
	fmt.Printf("%#v\n", x)
	x = &Persona{"Beto", 40}
	fmt.Printf("%v %T\n", x, x)
	fmt.Printf("%+v\n", x)
	x = []Persona{{"C", 1}}
	fmt.Printf("%v %T\n", x, x)
	x = [2]bool{true, false}
	fmt.Printf("%v %T\n", x, x)
	x = map[string]Persona{"d": {"D", 2}}
	fmt.Printf("%v %T\n", x, x)
	x = 2.5
	fmt.Printf("%v %T %.1f\n", x, x, x)
}

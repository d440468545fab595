package main

import (
	"fmt"
	"strings"
)

type Persona struct {
	Nombre string
	Edad   int
}

func main() {
	var sb strings.Builder
	gente := []Persona{{"Ana", 30}, {"Beto", 25}}
	for _, p := range gente {
		sb.WriteString(fmt.Sprintln(p.Nombre, p.Edad))
	}
	sb.WriteString(fmt.Sprint(gente))
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	s := fmt.Sprintln("fin", 1)
	fmt.Print(s)
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", fmt.Sprint("a", 1, 2, "b", 3.0, 'c'))
	fmt.Printf("%q\n", fmt.Sprint(gente[0], gente[1]))
	fmt.Printf("%q\n", fmt.Sprint(1, gente[0], 2))
	fmt.Printf("%q\n", fmt.Sprint(&gente[0], 2))
}

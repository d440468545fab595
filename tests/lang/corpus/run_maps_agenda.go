package main

import (
	"fmt"
	"sort"
)

type Contacto struct {
	telefono string
	email    string
}

func main() {
	agenda := make(map[string]Contacto, 10)
	agenda["Ana"] = Contacto{"11-5555-1234", "ana@mail.com"}
	agenda["Beto"] = Contacto{"11-4444-9876", "beto@mail.com"}
	agenda["Carla"] = Contacto{telefono: "351-222-3333"}

	if c, ok := agenda["Carla"]; ok && c.email == "" {
		c.email = "carla@mail.com"
		agenda["Carla"] = c
	}
	nombres := []string{}
	for n := range agenda {
		nombres = append(nombres, n)
	}
	sort.Strings(nombres)
	for _, n := range nombres {
		fmt.Printf("%-6s %-14s %s\n", n, agenda[n].telefono, agenda[n].email)
	}
	fmt.Printf("%+v\n", agenda)
}

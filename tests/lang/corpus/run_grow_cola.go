package main

import "fmt"

type Cola struct {
	items []string
}

func (c *Cola) Encolar(s string) {
	c.items = append(c.items, s)
}

func (c *Cola) Desencolar() string {
	s := c.items[0]
	c.items = c.items[1:]
	return s
}

func main() {
	c := &Cola{}
	clientes := []string{"Ana", "Beto", "Carla", "Dario", "Eva", "Fede", "Gabi"}
	for _, nombre := range clientes {
		c.Encolar(nombre)
		fmt.Println("encolar", nombre, len(c.items), cap(c.items))
	}
	for i := 0; i < 4; i++ {
		fmt.Println("atiende a", c.Desencolar(), len(c.items), cap(c.items))
	}
	c.Encolar("Hugo")
	fmt.Println(c.items, len(c.items), cap(c.items))
	c.Encolar("Ines")
	fmt.Println(c.items, len(c.items), cap(c.items))
}

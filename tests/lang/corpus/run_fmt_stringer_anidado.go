package main

import "fmt"

type Moneda int

func (m Moneda) String() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

type Item struct {
	Nombre string
	Precio Moneda
}

type Carrito struct {
	Items []Item
	Total Moneda
}

func main() {
	c := Carrito{Items: []Item{{"pan", 150}, {"leche", 1299}}}
	for _, it := range c.Items {
		c.Total += it.Precio
	}
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%v %d %s\n", c.Total, c.Total, c.Total)
	fmt.Println([]Moneda{1, 20, 300})
	fmt.Println(map[string]Moneda{"x": 5})
	fmt.Printf("%#v\n", c.Items[0])
	fmt.Printf("%x %q\n", Moneda(255), Moneda(7))
}

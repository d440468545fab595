package main

import "fmt"

type Estado struct {
	codigo int
	texto  string
}

func (e Estado) String() string {
	return fmt.Sprintf("estado %d: %s", e.codigo, e.texto)
}

func main() {
	fmt.Println(Estado{200, "ok"})
	panic(Estado{500, "explota"})
}

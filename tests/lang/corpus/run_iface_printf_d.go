package main

import "fmt"

type Nivel int

const (
	Bajo Nivel = iota
	Medio
	Alto
)

func (n Nivel) String() string {
	switch n {
	case Bajo:
		return "bajo"
	case Medio:
		return "medio"
	case Alto:
		return "alto"
	}
	return fmt.Sprintf("Nivel(%d)", int(n))
}

func main() {
	niveles := []Nivel{Bajo, Alto, Medio, 7}
	fmt.Println(niveles)
	for _, n := range niveles {
		fmt.Printf("%v %d %s %T\n", n, n, n, n)
	}
	var i any = Alto
	fmt.Printf("%v %d %05d %x\n", i, i, i, i)
	m := map[Nivel]string{Alto: "urgente", Bajo: "tranqui"}
	fmt.Println(m)
}

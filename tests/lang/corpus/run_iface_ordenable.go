package main

import "fmt"

type Comparable interface {
	Menor(otro Comparable) bool
}

type Entero int
type Palabra string

func (a Entero) Menor(b Comparable) bool  { return a < b.(Entero) }
func (a Palabra) Menor(b Comparable) bool { return len(a) < len(b.(Palabra)) }

func ordenar(xs []Comparable) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Menor(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func main() {
	nums := []Comparable{Entero(5), Entero(2), Entero(9), Entero(1)}
	ordenar(nums)
	fmt.Println(nums)
	pals := []Comparable{Palabra("memoria"), Palabra("go"), Palabra("heap"), Palabra("stack")}
	ordenar(pals)
	fmt.Println(pals)
	fmt.Printf("%v %T\n", pals[0], pals[0])
}

package main

import "fmt"

type Punto struct{ X, Y int }

func main() {
	m1 := map[string]bool{"si": true, "no": false}
	m2 := map[float64]string{2.5: "dos y medio", -1: "menos uno", 0: "cero"}
	m3 := map[Punto]int{{1, 2}: 3, {0, 5}: 5, {1, 0}: 1}
	m4 := map[string]*Punto{}
	m5 := map[bool]int{true: 1, false: 0}
	fmt.Println(m1)
	fmt.Println(m2)
	fmt.Println(m3)
	fmt.Println(m4, len(m4))
	fmt.Println(m5)
	fmt.Printf("%v\n", m3)
	fmt.Printf("%+v\n", m3)
	fmt.Printf("%#v\n", m1)
	fmt.Printf("%#v\n", m3)
	fmt.Printf("%d\n", map[string]int{"x": 10, "y": 20})
	fmt.Printf("%T %T\n", m1, m4)
}

package main

import "fmt"

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func rango(desde, hasta, paso int) func() (int, bool) {
	actual := desde
	return func() (int, bool) {
		if actual >= hasta {
			return 0, false
		}
		v := actual
		actual += paso
		return v, true
	}
}

func main() {
	f := fibonacci()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	sig := rango(3, 20, 4)
	for v, ok := sig(); ok; v, ok = sig() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

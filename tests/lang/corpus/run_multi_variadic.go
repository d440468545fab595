package main

import "fmt"

func suma(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func tresNumeros() (int, int, int) { return 1, 2, 3 }

func describir(prefijo string, vals ...any) string {
	return fmt.Sprint(prefijo, len(vals), vals)
}

func main() {
	fmt.Println(suma())
	fmt.Println(suma(1, 2, 3))
	fmt.Println(suma(tresNumeros()))
	xs := []int{10, 20, 30}
	fmt.Println(suma(xs...))
	fmt.Println(describir("vals:", 1, "a", nil))
	fmt.Println(describir("vacio:"))
	args := []any{"x", 2}
	fmt.Println(describir("slice:", args...))
	fmt.Println(describir("nil:", nil...))
}

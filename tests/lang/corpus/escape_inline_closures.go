package main

import "fmt"

// Literales que devuelve una función inlinada, llamados en el acto o más tarde.
func sumador(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

func escalar(k int) func(int) int {
	return func(x int) int { return x * k }
}

func etiquetar(pre string) func(string) string {
	return func(s string) string { return pre + s }
}

func prefijo(idioma string) func(string) string {
	if idioma == "es" {
		return func(s string) string { return "hola " + s }
	}
	return func(s string) string { return "hello " + s }
}

func local() int {
	n := 0
	inc := func() { n++ }
	inc()
	inc()
	return n
}

func caja(v int) any {
	return any(v)
}

func main() {
	fmt.Println(sumador(1)(2)(3))
	fmt.Println(escalar(3)(7))
	doble := escalar(2)
	fmt.Println(doble(4), doble(5))
	fmt.Println(etiquetar("<")("x"))
	fmt.Println(prefijo("es")("Ana"))
	contar := func() func() int {
		total := 0
		return func() int {
			total++
			return total
		}
	}()
	fmt.Println(contar(), contar())
	fmt.Println(local())
	fmt.Println(caja(300))
	for i := 1; i <= 2; i++ {
		fmt.Println(escalar(i)(10))
	}
}

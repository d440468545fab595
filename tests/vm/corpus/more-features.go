package main

import "fmt"

type Animal struct {
	Nombre string
	Patas  int
}

func (a Animal) String2() string { return a.Nombre + "!" }

func (a *Animal) Crecer() { a.Patas++ }

var contador = inicial()

func inicial() int { return 40 + 2 }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func suma(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func aplicar(f func(int) int, x int) int { return f(x) }

func main() {
	fmt.Println(contador, fib(15), suma(), suma(1, 2, 3), suma([]int{4, 5}...))
	a := &Animal{"perro", 4}
	a.Crecer()
	fmt.Println(a.String2(), a.Patas, *a)
	b := Animal{"gato", 4}
	fmt.Println(b == Animal{"gato", 4}, b != *a)
	k := 3
	doble := func(x int) int { return x * k }
	fmt.Println(aplicar(doble, 5))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), ",")
	}
	fmt.Println()
	s := "hola"
	s += " mundo"
	fmt.Println(s, len(s), s[1], s[1:3], s > "hola")
fuera:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue fuera
			}
			if i == 2 {
				break fuera
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	pp := &a
	fmt.Printf("%v %T %6.2f|%-8v|%+d|%x|%08.3f\n", **pp, pp, 3.14159, "ab", 5, "hi", -3.5)
	matriz := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(matriz, len(matriz[0]))
	m := map[int][]string{2: {"b"}, 1: {"a", "c"}}
	m[3] = append(m[3], "z")
	fmt.Println(m)
	var ip *int
	fmt.Println(ip == nil, ip)
	x := 5
	ip = &x
	*ip += 10
	fmt.Println(x, *ip)
	type local struct{ a, b int }
	fmt.Printf("%+v %v\n", local{1, 2}, []*int{nil})
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32) > 1.0, 7/2, -7/2, 7%-3, 1<<10, 0.1+0.2)
	fmt.Println(fmt.Sprint(3, 4, "x", 5), fmt.Sprintf("%5.1f%%", 12.345))
	switch {
	case x > 10:
		fmt.Println("grande")
		fallthrough
	case x > 100:
		fmt.Println("cae")
	default:
		fmt.Println("no")
	}
	r := []rune("año")
	fmt.Println(len(r), r, string(r[1]))
}

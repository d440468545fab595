package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type Punto struct {
	X, Y int
}

func (p Punto) Suma() int { return p.X + p.Y }

func (p *Punto) Mover(dx int) { p.X += dx }

type Nodo struct {
	valor int
	sig   *Nodo
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func contador() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	p := Punto{1, 2}
	p.Mover(10)
	fmt.Println(p, p.Suma(), &p)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	f := contador()
	f()
	f()
	fmt.Println(f())
	var lista *Nodo
	for i := 0; i < 3; i++ {
		lista = &Nodo{i, lista}
	}
	for n := lista; n != nil; n = n.sig {
		fmt.Print(n.valor, " ")
	}
	fmt.Println()
	m := map[string]int{}
	for _, w := range []string{"b", "a", "c", "a"} {
		m[w]++
	}
	fmt.Println(m, len(m))
	delete(m, "a")
	v, ok := m["a"]
	fmt.Println(m, v, ok)
	total := 0
	for i, x := range [3]int{4, 5, 6} {
		total += i * x
	}
	fmt.Println(total)
	for i, c := range "héllo" {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	switch x := total % 3; x {
	case 0:
		fmt.Println("cero")
	case 1, 2:
		fmt.Println("otro")
	default:
		fmt.Println("nunca")
	}
	fmt.Println(unsafe.Sizeof(p), unsafe.Sizeof(m), unsafe.Sizeof("x"))
	fmt.Printf("%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%t|%8.3f|%e|%g|%s|%v|%T\n",
		42, 42, 42, 255, 255, 8, 5, 'A', 'B', true, 3.14159, 1234.5678, 0.000012, "str", []string{"a", "b"}, m)
	fmt.Printf("%v %+v %T %d\n", lista, *lista, lista, []int{1, 2})
	s := fmt.Sprintf("%d-%s", 7, "x")
	fmt.Println(s, len(s), fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("z", 3))
	var e []int
	fmt.Println(e == nil, len(e), e)
	b := []byte("hola")
	b[0] = 'H'
	fmt.Println(string(b), b)
	x := 7.5
	y := int(x) + 1
	fmt.Println(float64(y)/2, y<<2, -y>>1, uint8(300+y))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0, ms.HeapAlloc > 0)
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 99)
	fmt.Println(arr, sl, len(sl), cap(sl))
	n := copy(sl, []int{7, 8, 9, 10})
	fmt.Println(n, sl, arr)
	var any1 interface{} = 3
	fmt.Println(any1, min(3, 1, 2), max(2.5, 1.0))
}

package main

import "fmt"

type Shape struct {
	w, h float64
}

func (s Shape) Area() float64 { return s.w * s.h }

func (s *Shape) Scale(f float64) {
	s.w *= f
	s.h *= f
}

const (
	A = iota
	B
	C
)

type Color int

const (
	Red Color = iota
	Green
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	s := Shape{2, 3}
	s.Scale(2)
	fmt.Println(s.Area(), A, B, C, Red, Green)
	q, r := divmod(17, 5)
	fmt.Printf("%d %d\n", q, r)
	m := map[string][]int{}
	m["x"] = append(m["x"], 1)
	for k, v := range m {
		fmt.Println(k, v)
	}
	for i := range 3 {
		switch {
		case i == 0:
			continue
		case i > 1:
			break
		default:
			fmt.Println(i)
		}
	}
	arr := [...]int{1, 2, 3}
	sl := arr[1:]
	copy(sl, []int{9})
	delete(m, "x")
	var total int
	for _, x := range arr {
		total += x
	}
	str := "héllo"
	for i, c := range str {
		fmt.Println(i, c, string(c))
	}
	fmt.Println(total, sl, len(str), str[1], min(1, 2), max(3.5, 2))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	var ip *int = new(int)
	*ip = 4
	fn := func(a int) int { return a * *ip }
	fmt.Println(fn(2))
}

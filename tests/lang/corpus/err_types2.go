package main

import "fmt"

type T struct{ x int }

func h() (int, int) { return 1, 2 }

func main() {
	i := 1
	if i {
	}
	for i {
	}
	var p T
	p.y = 2
	c := h()
	var u8 uint8 = 300
	fmt.Println(p, c, u8)
}

package main

import (
	"errors"
	"fmt"
)

type Falla struct{ msg string }

func (f Falla) Error() string { return "falla: " + f.msg }

func ejecutar(i int) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			fmt.Println(i, "sin panic")
		case string:
			fmt.Println(i, "string:", r)
		case error:
			var f Falla
			fmt.Println(i, "error:", r, errors.As(r, &f))
		default:
			fmt.Printf("%d otro: %v %T\n", i, r, r)
		}
	}()
	switch i {
	case 1:
		panic("texto")
	case 2:
		panic(Falla{"disco"})
	case 3:
		panic([]int{1, 2})
	case 4:
		var m map[int]int
		m[0]++
	}
}

func main() {
	for i := 0; i < 5; i++ {
		ejecutar(i)
	}
}

package main

import "fmt"

func intentar(i int) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("intento ", i, " fallo: ", r)
		}
	}()
	if i%3 == 0 {
		msg := fmt.Sprint("multiplo de tres: ", i)
		panic(msg)
	}
	return "ok"
}

func main() {
	for i := 1; i <= 7; i++ {
		fmt.Println(intentar(i))
	}
	errores := 0
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if recover() != nil {
					errores++
				}
			}()
			var m map[int]int
			if i%2 == 0 {
				m[i] = i
			}
		}()
	}
	fmt.Println("errores:", errores)
}

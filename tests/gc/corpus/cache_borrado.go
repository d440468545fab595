package main

import "fmt"

type Entrada struct {
	clave int
	datos [16]int
}

func main() {
	cache := map[int]*Entrada{}
	for i := 0; i < 100000; i++ {
		cache[i] = &Entrada{clave: i}
		if i >= 2000 {
			delete(cache, i-2000)
		}
	}
	fmt.Println(len(cache))
}

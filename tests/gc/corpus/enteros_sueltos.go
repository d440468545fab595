package main

import "fmt"

func main() {
	var guardados []*int
	for i := 0; i < 400000; i++ {
		p := new(int)
		*p = i
		if i%2 == 0 {
			guardados = append(guardados, p)
		}
	}
	fmt.Println(len(guardados))
}

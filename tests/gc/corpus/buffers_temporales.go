package main

import "fmt"

var sumidero []byte

func main() {
	total := 0
	for i := 0; i < 1500; i++ {
		sumidero = make([]byte, 64<<10)
		total += len(sumidero)
	}
	fmt.Println(total)
}

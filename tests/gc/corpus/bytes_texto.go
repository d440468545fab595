package main

import "fmt"

func main() {
	b := make([]byte, 10000)
	for i := range b {
		b[i] = 'a' + byte(i%26)
	}
	total := 0
	for i := 0; i < 1500; i++ {
		s := string(b)
		total += len(s)
	}
	fmt.Println(total)
}

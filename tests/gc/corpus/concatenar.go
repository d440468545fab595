package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 6000; i++ {
		s += "ab"
	}
	fmt.Println(len(s))
}

package main

import "fmt"

func main() {
	var n uint = 3
	fmt.Println(1.5 << n)
}

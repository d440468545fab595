package main

import "fmt"

const kilo = 1 << 10

func main() {
	var memoria int64 = kilo * kilo * kilo * kilo * kilo * kilo * kilo
	fmt.Println(memoria)
}

package main

import "fmt"

func main() {
	var masa float32 = 1e40
	fmt.Println(masa)
}

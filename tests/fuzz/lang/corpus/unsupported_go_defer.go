package main

import (
	"errors"
	"fmt"
)

func main() {
	ch := make(chan int)
	go fmt.Println("hi")
	defer fmt.Println("bye")
	fmt.Println(ch, errors.New("x"))
}

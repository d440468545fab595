package main

import (
	"fmt"
	"os/exec"
)

func main() {
	ch := make(chan int)
	go fmt.Println("hi")
	defer fmt.Println("bye")
	fmt.Println(ch, exec.Command("x"))
}

package main

import "fmt"

func main() {
	buffer := make([]int, 0, 8)
	for ronda := 1; ronda <= 4; ronda++ {
		buffer = buffer[:0]
		for i := 0; i < ronda*5; i++ {
			buffer = append(buffer, i*ronda)
		}
		fmt.Printf("ronda %d: len=%d cap=%d ultimo=%d\n", ronda, len(buffer), cap(buffer), buffer[len(buffer)-1])
	}
	buffer = nil
	fmt.Println(len(buffer), cap(buffer), buffer == nil)
	buffer = append(buffer, 1)
	fmt.Println(len(buffer), cap(buffer))
}

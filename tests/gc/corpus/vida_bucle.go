package main

import (
	"fmt"
	"runtime"
)

// A loop's variable: the buffer of the last iteration is dead after the loop, and so is
// each earlier one when the next is made; acum is used after the loop and stays.
func main() {
	var acum []byte
	for i := 0; i < 4; i++ {
		b := make([]byte, 4<<20)
		b[0] = byte(i)
		if i == 1 {
			acum = b
		}
	}
	runtime.GC()
	fmt.Println(len(acum), acum[0])
}

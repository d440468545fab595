package main

import "fmt"

var historial [][]byte

func procesar(i int) int {
	buf := make([]byte, 4096)
	buf[0] = byte(i)
	historial = append(historial, buf)
	return int(buf[0])
}

func main() {
	total := 0
	for i := 0; i < 5000; i++ {
		total += procesar(i)
	}
	fmt.Println(total, len(historial))
}

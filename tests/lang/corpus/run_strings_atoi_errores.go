package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	entradas := []string{"10", "0x1F", "1e3", "9223372036854775807", "9223372036854775808", "-", "٣"}
	for _, e := range entradas {
		n, err := strconv.Atoi(e)
		if err != nil {
			var ne *strconv.NumError
			errors.As(err, &ne)
			fmt.Printf("%-22q error: %v | %v\n", e, err, ne.Err)
			continue
		}
		fmt.Printf("%-22q ok: %d\n", e, n)
	}
	v, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
}

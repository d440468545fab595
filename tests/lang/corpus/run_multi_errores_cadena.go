package main

import (
	"fmt"
	"strconv"
)

func parsear(s string) (int, error) {
	return strconv.Atoi(s)
}

func doble(n int, err error) (int, error) {
	if err != nil {
		return 0, fmt.Errorf("doble: %w", err)
	}
	return n * 2, nil
}

func main() {
	fmt.Println(doble(parsear("21")))
	fmt.Println(doble(parsear("veinte")))
	v, err := doble(doble(parsear("5")))
	fmt.Println(v, err)
}

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func sumar(textos []string) (int, error) {
	total := 0
	for i, t := range textos {
		n, err := strconv.Atoi(t)
		if err != nil {
			return total, fmt.Errorf("elemento %d: %w", i, err)
		}
		total += n
	}
	return total, nil
}

func main() {
	fmt.Println(sumar([]string{"1", "2", "30"}))
	total, err := sumar([]string{"4", "cinco", "6"})
	fmt.Println(total, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("funcion:", ne.Func, "entrada:", ne.Num, "causa:", ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	_, err = sumar([]string{"99999999999999999999"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrRange))
}

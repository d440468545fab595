package main

import (
	"errors"
	"fmt"
)

func quizas(n int) (*int, error) {
	if n%2 == 1 {
		return nil, fmt.Errorf("%d es impar", n)
	}
	v := n / 2
	return &v, nil
}

func main() {
	for i := 0; i < 4; i++ {
		p, err := quizas(i)
		if err != nil {
			fmt.Println("error:", err, p == nil)
			continue
		}
		fmt.Println("mitad:", *p)
	}
	var err error
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)
	err = errors.New("")
	fmt.Printf("[%v] %v\n", err, err == nil)
}

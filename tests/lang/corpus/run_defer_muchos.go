package main

import "fmt"

func nueve() {
	defer fmt.Println(1)
	defer fmt.Println(2)
	defer fmt.Println(3)
	defer fmt.Println(4)
	defer fmt.Println(5)
	defer fmt.Println(6)
	defer fmt.Println(7)
	defer fmt.Println(8)
	defer fmt.Println(9)
}

func muchosReturns(n int) int {
	defer fmt.Println("defer a", n)
	defer fmt.Println("defer b", n)
	switch n {
	case 1:
		return 10
	case 2:
		return 20
	case 3:
		return 30
	case 4:
		return 40
	case 5:
		return 50
	case 6:
		return 60
	case 7:
		return 70
	}
	return 0
}

func enBucle() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("bucle", i)
	}
	defer fmt.Println("fuera del bucle")
}

func main() {
	nueve()
	fmt.Println(muchosReturns(3))
	enBucle()
}

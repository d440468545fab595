package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 10
	var f Fahrenheit = 50
	fmt.Println(c + f)
	var n int = 3
	var fl float64 = n
	s := "a" + 1
	var b bool = 1
	arr := [2]int{1, 2, 3}
	fmt.Println(fl, s, b, arr, len())
	var p *int
	fmt.Println(p.x, *n)
}

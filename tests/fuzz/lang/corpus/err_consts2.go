package main

import "fmt"

type Celsius float64
type Flag bool

const limit int = 10

func main() {
	var y float64 = limit
	var c Celsius = 36.6
	var f float64 = c
	var ok Flag = 1 < 2
	len := 3
	fmt := "shadow"
	var r rune = 'a'
	var b byte = 'é'
	s := "abc"[5]
	fmt.Println(y, f, ok, len, r, b, s)
}

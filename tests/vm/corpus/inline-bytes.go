package main

import "fmt"

func aBytes(s string) []byte {
	return []byte(s)
}

func aRunas(s string) []rune {
	return []rune(s)
}

func main() {
	b := aBytes("hola")
	r := aRunas("añejo")
	fmt.Println(len(b), cap(b), string(b))
	fmt.Println(len(r), cap(r), string(r))
}

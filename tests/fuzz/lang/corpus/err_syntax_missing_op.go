package main

func main() {
	x := 3 4
	y := (1 + 2
	z := [1, 2]
}

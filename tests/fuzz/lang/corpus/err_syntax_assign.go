package main

func main() {
	x, y := 1
	x + 1 = 2
	_ = y
}

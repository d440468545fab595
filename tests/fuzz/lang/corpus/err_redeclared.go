package main

func f() {}
func f() {}

func main() {
	var a int
	var a string
	_ = a
}

package main

func noBody()

func dup(a int, a string) {}

func res() (x int, y string) {
	return "a", 1
}

func main() {
	var f func()
	f = res
	main(1)
	_ = f
}

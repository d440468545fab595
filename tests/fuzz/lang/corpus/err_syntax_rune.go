package main

func main() {
	c := 'ab'
	d := ''
	_, _ = c, d
}

package main

func main() {
	a, b := undefinedThing
	c, d = nope
	var e, f = missing
}

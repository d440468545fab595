package main

func main() {
	x := 1;;
	if x > 0 { x = 2 } else if { }
	_ = x
}

package main

func main() {
	var f float64 = 1.5
	i := int(f)
	var s string = string(65)
	b := []byte("x")
	n := int("5")
	var u uint = -1
	var k int = 1.5
	var p *int = 0
	_, _, _, _, _, _, _ = i, s, b, n, u, k, p
}
